// Every built-in role this deployment assigns: name → role definition id, in one place.
// A wrong id passes every local check and fails `azd up` with RoleDefinitionDoesNotExist, so each pair is
// copied from Microsoft's published list and pinned by tests/Packages.InfraTests/BuiltInRoleTests.cs:
//   Storage:      https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/storage
//   Service Bus:  https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/integration
//   Monitor:      https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/monitor
//   Cosmos DB data plane (sqlRoleDefinitions, not Azure RBAC):
//                 https://learn.microsoft.com/azure/cosmos-db/nosql/security/reference-data-plane-roles

@export()
@description('Azure RBAC built-in roles (Microsoft.Authorization/roleDefinitions), by display name.')
var azureRoles = {
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  'Storage Queue Data Contributor': '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  'Storage Table Data Contributor': '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  'Azure Service Bus Data Receiver': '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  'Azure Service Bus Data Sender': '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  'Monitoring Metrics Publisher': '3913510d-42f4-4e42-8a64-420c390055eb'
}

@export()
@description('Cosmos DB for NoSQL built-in data-plane roles (databaseAccounts/sqlRoleDefinitions), by display name.')
var cosmosDataRoles = {
  'Cosmos DB Built-in Data Contributor': '00000000-0000-0000-0000-000000000002'
}
