output "identity_provider_config_arn" {
  description = "ARN of the OIDC identity provider config."
  value       = awsidentity_eks_identity_provider_config.corp.arn
}

output "identity_provider_config_id" {
  description = "The config's id, cluster:name: what terraform import takes."
  value       = awsidentity_eks_identity_provider_config.corp.id
}

output "user_association_id" {
  description = "The association's id, instance:directory:user: what terraform import takes."
  value       = awsidentity_licensemanager_user_association.alice.id
}

output "user_association_status" {
  description = "ASSOCIATED once AWS has finished."
  value       = awsidentity_licensemanager_user_association.alice.status
}
