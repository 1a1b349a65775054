// The function app on Flex Consumption, with a system-assigned identity for every dependency.
param location string
param tags object
@description('uniqueString of the subscription, environment and location: keeps names unique.')
@minLength(13)
@maxLength(13)
param token string
param storageAccountName string
param deploymentContainerName string
@secure()
param applicationInsightsConnectionString string
param cosmosEndpoint string
param cosmosDatabaseName string
param cosmosContainerName string
param serviceBusNamespace string
param paymentsQueueName string
param eventsTopicName string
param authAuthority string
param authAudience string
@description('Browser origins allowed by the platform\'s CORS (siteConfig.cors).')
param allowedOrigins array
param packageSweepSchedule string
param outboxDispatchSchedule string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${token}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${token}'
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      // Browser frontends: the platform answers preflights and adds Access-Control-Allow-Origin for these origins
      // (https://learn.microsoft.com/azure/azure-functions/functions-how-to-use-azure-function-app-settings#cors).
      // Bearer tokens travel in a header, not cookies: no credentials mode.
      cors: { allowedOrigins: allowedOrigins, supportCredentials: false }
      appSettings: [
        // Host storage and telemetry, through the app's identity.
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        // The app's own settings (src/Packages.Functions/Composition/AppSettings.cs).
        { name: 'Cosmos__accountEndpoint', value: cosmosEndpoint }
        { name: 'Cosmos__databaseName', value: cosmosDatabaseName }
        { name: 'Cosmos__containerName', value: cosmosContainerName }
        { name: 'ServiceBus__fullyQualifiedNamespace', value: serviceBusNamespace }
        { name: 'PaymentsQueueName', value: paymentsQueueName }
        { name: 'EventsTopicName', value: eventsTopicName }
        { name: 'PackageSweepSchedule', value: packageSweepSchedule }
        { name: 'OutboxDispatchSchedule', value: outboxDispatchSchedule }
        { name: 'Auth__authority', value: authAuthority }
        { name: 'Auth__audience', value: authAudience }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: 'https://${storageAccountName}.blob.${environment().suffixes.storage}/${deploymentContainerName}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 100
        instanceMemoryMB: 2048
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

output name string = app.name
output principalId string = app.identity.principalId
output defaultHostName string = app.properties.defaultHostName
