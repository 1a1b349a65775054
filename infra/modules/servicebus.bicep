// Service Bus: the payments queue (input) and the package events topic (output). Local auth disabled.
param location string
param tags object
@description('uniqueString of the subscription, environment and location: keeps names unique.')
@minLength(13)
@maxLength(13)
param token string

var paymentsQueueName = 'payments'
var eventsTopicName = 'package-events'

resource namespace 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sb-${token}'
  location: location
  tags: tags
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

// A message that fails 10 deliveries (transient errors that never cleared) goes to the dead-letter
// queue; messages the app rejects are dead-lettered at once with a reason.
resource payments 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = {
  parent: namespace
  name: paymentsQueueName
  properties: {
    maxDeliveryCount: 10
    lockDuration: 'PT1M'
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT10M'
  }
}

// Events are published at least once with stable message ids: duplicate detection drops re-sends.
resource events 'Microsoft.ServiceBus/namespaces/topics@2022-10-01-preview' = {
  parent: namespace
  name: eventsTopicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT10M'
    defaultMessageTimeToLive: 'P14D'
  }
}

resource allEvents 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2022-10-01-preview' = {
  parent: events
  name: 'all'
  properties: {
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: true
  }
}

output namespaceName string = namespace.name
output fullyQualifiedNamespace string = '${namespace.name}.servicebus.windows.net'
output paymentsQueueName string = payments.name
output eventsTopicName string = events.name
