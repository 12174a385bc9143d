// Event Grid on the storage account. This template creates the system topic and the BlobDeleted subscription,
// which delivers to a storage queue that the RemoveDeletedArticle function reads. The BlobCreated subscription
// is created after the code is deployed (infra/scripts/subscribe-blob-created.sh, an azd postdeploy hook):
// its webhook needs the blob extension's system key, which only exists once the function app runs.

@description('Name of the Event Grid system topic.')
param name string

@description('Azure region; a system topic lives where its storage account lives.')
param location string

@description('Tags applied to the topic.')
param tags { *: string }

@description('Name of the storage account whose events the topic publishes.')
param storageAccountName string

@description('The container whose deletions are delivered.')
param articlesContainerName string

@description('The queue BlobDeleted events are delivered to.')
param deletionsQueueName string

// Storage Queue Data Message Sender: add messages, nothing else.
var storageQueueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  // The topic's own identity writes to the queue: shared keys are off on the account.
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource topicQueueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, topic.id, storageQueueDataMessageSender)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource articleDeleted 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'article-deleted'
  // The role must exist before Event Grid first delivers with the topic's identity.
  dependsOn: [
    topicQueueSender
  ]
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: deletionsQueueName
          // Seven days, the queue's own default: the reconciler covers anything older.
          queueMessageTimeToLiveInSeconds: 604800
        }
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobDeleted'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${articlesContainerName}/blobs/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
