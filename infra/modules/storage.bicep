// The function app's storage: host state and the deployment package container. No shared keys.
param location string
param tags object
@description('uniqueString of the subscription, environment and location: keeps names unique.')
@minLength(13)
@maxLength(13)
param token string

var deploymentContainerName = 'deployments'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${token}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource deployments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deploymentContainerName
}

output accountName string = account.name
output deploymentContainerName string = deploymentContainerName
