// Least privilege, all scoped to this deployment's own resources:
// - the function app's identity gets data roles on the storage account only (blobs: Owner, which the blob
//   trigger's receipts and the host's locks need; tables and queues: Contributor) and Monitoring Metrics
//   Publisher on Application Insights only, for Entra-authenticated telemetry;
// - the deploying user (optional) gets Storage Blob Data Contributor on the account, so that
//   `az storage blob upload --auth-mode login` can drop files (shared keys are off).
// Names are derived from resource ids, never from principal ids known only at run time, so what-if can
// predict them.

@description('Name of the storage account the roles apply to.')
param storageAccountName string

@description('Name of the Application Insights component the telemetry role applies to.')
param applicationInsightsName string

@description('Name of the function app\'s user-assigned identity.')
param identityName string

@description('Object id of a user or service principal to allow uploading article files; empty for none.')
param uploaderPrincipalId string

// Built-in role definition ids (the same in every tenant).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource appStorageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [storageBlobDataOwner, storageTableDataContributor, storageQueueDataContributor]: {
    name: guid(storage.id, identity.id, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource uploaderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(uploaderPrincipalId)) {
  name: guid(storage.id, uploaderPrincipalId, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: uploaderPrincipalId
  }
}
