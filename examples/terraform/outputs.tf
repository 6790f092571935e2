output "identity_provider_config_arn" {
  description = "ARN of the OIDC identity provider config."
  value       = awsidentity_eks_identity_provider_config.corp.arn
}

output "identity_provider_config_id" {
  description = "The config's id, cluster:name: what terraform import takes."
  value       = awsidentity_eks_identity_provider_config.corp.id
}

output "registration_id" {
  description = "The registration's id, directory:product: what terraform import takes."
  value       = awsidentity_licensemanager_identity_provider_registration.corp.id
}

output "registration_status" {
  description = "REGISTERED once AWS has finished."
  value       = awsidentity_licensemanager_identity_provider_registration.corp.status
}

output "registration_settings" {
  description = "The registration's VPC settings as AWS reports them (its own choice when var.registration_settings is null)."
  value       = awsidentity_licensemanager_identity_provider_registration.corp.settings
}

output "subscription_id" {
  description = "The subscription's id, directory:product:user[:domain]: what terraform import takes."
  value       = awsidentity_licensemanager_product_subscription.alice.id
}

output "subscription_status" {
  description = "SUBSCRIBED once AWS has finished."
  value       = awsidentity_licensemanager_product_subscription.alice.status
}

output "user_association_id" {
  description = "The association's id, instance:directory:user: what terraform import takes."
  value       = awsidentity_licensemanager_user_association.alice.id
}

output "user_association_status" {
  description = "ASSOCIATED once AWS has finished."
  value       = awsidentity_licensemanager_user_association.alice.status
}
