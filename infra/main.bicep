// Pipeline on Azure: one resource group holding a locked-down storage account, a Flex Consumption function app
// running as a user-assigned identity, Application Insights on Log Analytics, and Event Grid wiring for blob
// deletions. `azd up` deploys it (azure.yaml); docs/deploy.md walks through it.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Prefix of every table name (letters and digits, starting with a letter; empty for none).')
@maxLength(32)
param tablePrefix string = ''

@description('Object id allowed to upload article files (Storage Blob Data Contributor); the deploying principal by default, empty for nobody.')
param uploaderPrincipalId string = deployer().objectId

@description('Most instances the function app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each function app instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var tags = {
  'azd-env-name': environmentName
  application: 'pipeline'
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

// The blob trigger's path in src/Pipeline.Functions is "articles/{name}": the container is fixed by the code.
var articlesContainerName = 'articles'
var deploymentContainerName = 'app-package-${resourceToken}'
// RemoveDeletedArticle's QueueTrigger in src/Pipeline.Functions.
var deletionsQueueName = 'article-deletions'
// ReprocessArticle's QueueTrigger in src/Pipeline.Functions (ReprocessRequests.DefaultQueueName).
var reprocessQueueName = 'article-reprocess'
// src/Pipeline.Storage/Hosting/TableNames.cs (the app also creates them at start-up).
var productTables = [
  'Articles'
  'Entities'
  'Leaderboard'
  'Totals'
  'PersonNames'
  'Figures'
]

var names = {
  resourceGroup: 'rg-${environmentName}'
  identity: 'id-pipeline-${resourceToken}'
  storage: 'st${resourceToken}'
  logAnalytics: 'log-pipeline-${resourceToken}'
  applicationInsights: 'appi-pipeline-${resourceToken}'
  plan: 'plan-pipeline-${resourceToken}'
  functionApp: 'func-pipeline-${resourceToken}'
  systemTopic: 'evgt-pipeline-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    articlesContainerName: articlesContainerName
    deploymentContainerName: deploymentContainerName
    tableNames: [for table in productTables: '${tablePrefix}${table}']
    deletionsQueueName: deletionsQueueName
    reprocessQueueName: reprocessQueueName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

// The modules below look their dependencies up by name, so every resource name is known before deployment.
module roles 'modules/roles.bicep' = {
  scope: rg
  dependsOn: [
    identity
    storage
    monitoring
  ]
  params: {
    storageAccountName: names.storage
    applicationInsightsName: names.applicationInsights
    identityName: names.identity
    uploaderPrincipalId: uploaderPrincipalId
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: rg
  // The roles first: the app pulls its package and opens its storage with the identity as soon as it exists.
  dependsOn: [
    roles
  ]
  params: {
    planName: names.plan
    appName: names.functionApp
    location: location
    tags: tags
    azdServiceName: 'functions'
    storageAccountName: names.storage
    deploymentContainerName: deploymentContainerName
    articlesContainerName: articlesContainerName
    tablePrefix: tablePrefix
    identityName: names.identity
    applicationInsightsName: names.applicationInsights
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  scope: rg
  dependsOn: [
    storage
  ]
  params: {
    name: names.systemTopic
    location: location
    tags: tags
    storageAccountName: names.storage
    articlesContainerName: articlesContainerName
    deletionsQueueName: deletionsQueueName
  }
}

// Read by azd into the environment, and by infra/scripts/subscribe-blob-created.sh.
output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = names.functionApp
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = names.storage
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = names.systemTopic
output ARTICLES_CONTAINER_NAME string = articlesContainerName
