// Least-privilege data-plane roles for the function app's identity.
param principalId string
param storageAccountName string
param cosmosAccountName string
param serviceBusNamespaceName string
param paymentsQueueName string
param eventsTopicName string
param applicationInsightsName string

import { azureRoles, cosmosDataRoles } from 'builtInRoles.bicep'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {
  name: cosmosAccountName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = {
  name: serviceBusNamespaceName
}

resource payments 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' existing = {
  parent: serviceBus
  name: paymentsQueueName
}

resource events 'Microsoft.ServiceBus/namespaces/topics@2022-10-01-preview' existing = {
  parent: serviceBus
  name: eventsTopicName
}

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [azureRoles['Storage Blob Data Owner'], azureRoles['Storage Queue Data Contributor'], azureRoles['Storage Table Data Contributor']]: {
  scope: storage
  name: guid(storage.id, principalId, role)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource receivePayments 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: payments
  name: guid(payments.id, principalId, azureRoles['Azure Service Bus Data Receiver'])
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', azureRoles['Azure Service Bus Data Receiver'])
  }
}

resource sendEvents 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: events
  name: guid(events.id, principalId, azureRoles['Azure Service Bus Data Sender'])
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', azureRoles['Azure Service Bus Data Sender'])
  }
}

resource publishTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, principalId, azureRoles['Monitoring Metrics Publisher'])
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', azureRoles['Monitoring Metrics Publisher'])
  }
}

// Cosmos DB data-plane role: Built-in Data Contributor (read/write items; no account management).
resource cosmosData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, principalId, 'data-contributor')
  properties: {
    principalId: principalId
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataRoles['Cosmos DB Built-in Data Contributor']}'
    scope: cosmos.id
  }
}
