// The Flex Consumption plan and the function app (.NET 10 isolated worker). The app runs as the user-assigned
// identity and every connection it makes is identity-based: no setting holds a key or a connection string
// with a key, and basic-auth publishing is off (azd deploys with an Entra token).

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (also the default host name prefix).')
param appName string

@description('Azure region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app.')
param tags { *: string }

@description('The azd service name in azure.yaml that deploys to this app.')
param azdServiceName string

@description('Name of the storage account holding the articles, the tables and the deployment package.')
param storageAccountName string

@description('The container the deployment package is uploaded to.')
param deploymentContainerName string

@description('The container operators drop article files into.')
param articlesContainerName string

@description('Prefix of every table name (letters and digits, may be empty).')
param tablePrefix string

@description('Name of the user-assigned identity the app runs as.')
param identityName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Most instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      // What the app reads at run time (infra/README.md). The storage connections name the identity: with only
      // a user-assigned identity there is no system identity to fall back to.
      appSettings: [
        // The Functions host's own storage (leases, blob receipts, keys).
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        // The pipeline's data: the blob and queue triggers, and the app's own Blob and Table clients.
        { name: 'ArticlesStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'ArticlesStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'ArticlesStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'ArticlesStorage__credential', value: 'managedidentity' }
        { name: 'ArticlesStorage__clientId', value: identity.properties.clientId }
        { name: 'Pipeline__Storage__ArticlesContainer', value: articlesContainerName }
        { name: 'Pipeline__Storage__TablePrefix', value: tablePrefix }
        // Telemetry with Entra ID: the connection string only locates the component (its instrumentation key
        // is an identifier, and local auth is off); the authentication string names the identity.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource scmBasicAuth 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

@description('Default host name of the app (Flex Consumption may add a unique suffix to it).')
output defaultHostName string = app.properties.defaultHostName
