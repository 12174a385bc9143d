// The storage account behind everything: the articles container operators drop files into, the deployment
// package container, the tables the pipeline writes and the queue that carries blob deletions. Secure by
// construction: HTTPS only, TLS 1.2 minimum, no anonymous blob access, and no shared keys at all (every client,
// the Functions host included, authenticates with Entra ID).

@description('Name of the storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the account.')
param location string

@description('Tags applied to the account.')
param tags { *: string }

@description('The container operators drop article files into.')
param articlesContainerName string

@description('The container the Flex Consumption app deploys its package from.')
param deploymentContainerName string

@description('The tables the pipeline uses, with their prefix.')
param tableNames string[]

@description('The queue Event Grid delivers BlobDeleted events to.')
param deletionsQueueName string

@description('The queue of operators\' reprocess requests.')
param reprocessQueueName string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
  }

  resource blobService 'blobServices' = {
    name: 'default'

    resource articles 'containers' = {
      name: articlesContainerName
      properties: {
        publicAccess: 'None'
      }
    }

    // Each file's full extraction results (PipelineStorageOptions.ResultsContainer defaults to '<articles>-results').
    resource results 'containers' = {
      name: '${articlesContainerName}-results'
      properties: {
        publicAccess: 'None'
      }
    }

    resource deploymentPackages 'containers' = {
      name: deploymentContainerName
      properties: {
        publicAccess: 'None'
      }
    }
  }

  resource tableService 'tableServices' = {
    name: 'default'

    resource tables 'tables' = [
      for table in tableNames: {
        name: table
      }
    ]
  }

  // The queue trigger creates its poison queue (<name>-poison) itself on the first poison message.
  resource queueService 'queueServices' = {
    name: 'default'

    resource deletions 'queues' = {
      name: deletionsQueueName
    }

    // Operators' reprocess requests (POST /api/files/{name}/reprocess), read by the ReprocessArticle queue trigger.
    resource reprocess 'queues' = {
      name: reprocessQueueName
    }
  }
}
