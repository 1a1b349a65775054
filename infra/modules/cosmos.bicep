// Cosmos DB (serverless), one container partitioned by clinic. Key-based auth disabled.
param location string
param tags object
@description('uniqueString of the subscription, environment and location: keeps names unique.')
@minLength(13)
@maxLength(13)
param token string

var databaseName = 'packages'
var containerName = 'packages'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: 'cosmos-${token}'
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    capabilities: [ { name: 'EnableServerless' } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [ { locationName: location, failoverPriority: 0, isZoneRedundant: false } ]
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: { resource: { id: databaseName } }
}

// Only the paths the queries filter on are indexed (see docs/design.md): writes of large package
// documents cost less, and every query is served by the index. TTL is on, per item (idempotency records).
resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: containerName
  properties: {
    resource: {
      id: containerName
      partitionKey: { paths: [ '/clinicId' ], kind: 'Hash', version: 2 }
      defaultTtl: -1
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          { path: '/clinicId/?' }
          { path: '/type/?' }
          { path: '/status/?' }
          { path: '/clientId/?' }
          { path: '/expiresAtUtc/?' }
          { path: '/oldestPendingAt/?' }
          { path: '/nextReminderAtUtc/?' }
          { path: '/beneficiaries/[]/?' }
          { path: '/transferPendingSince/?' }
          { path: '/holdUntilUtc/?' }
          { path: '/effectiveAt/?' }
          { path: '/membershipId/?' }
          { path: '/renewsAtUtc/?' }
          { path: '/graceEndsAtUtc/?' }
          { path: '/recognizeAtUtc/?' }
        ]
        excludedPaths: [ { path: '/*' } ]
        // The timers' cross-clinic scans sort by (key, id): expiry sweep, outbox relay, reminders, transfers, purchase holds, membership renewals, graces and month ends (CosmosIndexing.cs).
        compositeIndexes: [
          [ { path: '/expiresAtUtc', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/oldestPendingAt', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/nextReminderAtUtc', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/transferPendingSince', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/holdUntilUtc', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/renewsAtUtc', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/graceEndsAtUtc', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
          [ { path: '/recognizeAtUtc', order: 'ascending' }, { path: '/id', order: 'ascending' } ]
        ]
      }
    }
  }
}

output accountName string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = databaseName
output containerName string = containerName
