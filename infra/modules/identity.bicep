// The function app's user-assigned managed identity: the one principal that reads and writes the storage account,
// pulls the deployment package and publishes telemetry. Its roles are granted in roles.bicep.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags { *: string }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Client id of the identity, for the __clientId settings.')
output clientId string = identity.properties.clientId
