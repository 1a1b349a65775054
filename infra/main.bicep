// PackagesFunctions: everything the function app needs, deployed by `azd up`.
// Identity-based access everywhere: no keys, local auth disabled on Cosmos DB, Service Bus, storage and Application Insights.
targetScope = 'subscription'

@minLength(1)
@maxLength(32)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource.')
param location string

@minLength(1)
@description('Issuer of the access tokens: the tenant\'s Microsoft Entra ID v2.0 authority, https://login.microsoftonline.com/{tenant-id}/v2.0.')
param authAuthority string

@minLength(1)
@description('Accepted audiences, comma-separated: the API registration\'s application (client) id (the aud of v2.0 access tokens), optionally its App ID URI.')
param authAudience string

@description('Browser origins allowed to call the API (CORS), comma-separated, e.g. https://clinic.example.com; empty allows none.')
param allowedOrigins string = ''

@description('Six-field CRON of the expiry sweep.')
param packageSweepSchedule string = '0 */5 * * * *'

@description('Six-field CRON of the outbox dispatcher.')
param outboxDispatchSchedule string = '0 */1 * * * *'

var tags = { 'azd-env-name': environmentName, application: 'packages-functions' }
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  scope: group
  params: { location: location, tags: tags, token: token }
}

module storage 'modules/storage.bicep' = {
  scope: group
  params: { location: location, tags: tags, token: token }
}

module cosmos 'modules/cosmos.bicep' = {
  scope: group
  params: { location: location, tags: tags, token: token }
}

module serviceBus 'modules/servicebus.bicep' = {
  scope: group
  params: { location: location, tags: tags, token: token }
}

module functions 'modules/functions.bicep' = {
  scope: group
  params: {
    location: location
    tags: tags
    token: token
    storageAccountName: storage.outputs.accountName
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    cosmosContainerName: cosmos.outputs.containerName
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    paymentsQueueName: serviceBus.outputs.paymentsQueueName
    eventsTopicName: serviceBus.outputs.eventsTopicName
    authAuthority: authAuthority
    authAudience: authAudience
    allowedOrigins: filter(map(split(allowedOrigins, ','), origin => trim(origin)), origin => !empty(origin))
    packageSweepSchedule: packageSweepSchedule
    outboxDispatchSchedule: outboxDispatchSchedule
  }
}

module rbac 'modules/rbac.bicep' = {
  scope: group
  params: {
    principalId: functions.outputs.principalId
    storageAccountName: storage.outputs.accountName
    cosmosAccountName: cosmos.outputs.accountName
    serviceBusNamespaceName: serviceBus.outputs.namespaceName
    paymentsQueueName: serviceBus.outputs.paymentsQueueName
    eventsTopicName: serviceBus.outputs.eventsTopicName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

output AZURE_RESOURCE_GROUP string = group.name
output FUNCTION_APP_NAME string = functions.outputs.name
output API_BASE_URL string = 'https://${functions.outputs.defaultHostName}/api'
output SERVICE_BUS_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
