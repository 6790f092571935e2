# The awsidentity resources: an OIDC identity provider config on an EKS cluster, and License Manager user-based
# subscriptions from nothing: the directory registered for a product, a user subscribed to it and associated with an
# instance. README.md here runs it against the local emulator; docs/ shows these blocks as its examples.
#
# AWS's order (AWS License Manager user guide, "Get started with user-based subscriptions"): register the directory,
# start the user's product subscription, associate the user with the instance; and back ("Unsubscribe users",
# "Deregister an Active Directory"): disassociate, stop the subscription, deregister. No depends_on is needed: the
# subscription takes its directory and product from the registration, the association its user and directory from
# the subscription, so terraform creates them in that order and destroys them in reverse.
terraform {
  required_providers {
    awsidentity = {
      source = "registry.terraform.io/awsidentity/awsidentity"
    }
  }
}

provider "awsidentity" {
  region = var.region

  # Unset (null) endpoints fall back to AWS_ENDPOINT_URL_EKS, AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS
  # and AWS_ENDPOINT_URL, then to AWS itself.
  endpoints {
    eks                                = var.eks_endpoint
    license_manager_user_subscriptions = var.license_manager_endpoint
  }

  default_tags {
    tags = {
      owner = "platform"
    }
  }
}

resource "awsidentity_eks_identity_provider_config" "corp" {
  cluster_name = var.cluster_name

  oidc {
    identity_provider_config_name = "corp-sso"
    issuer_url                    = "https://issuer.example.com"
    client_id                     = "kubernetes"
    username_claim                = "email"
    groups_claim                  = "groups"
    groups_prefix                 = "oidc:"
  }

  tags = {
    team = "identity"
  }

  timeouts {
    create = "30m"
    delete = "30m"
  }
}

resource "awsidentity_licensemanager_identity_provider_registration" "corp" {
  product = var.product

  identity_provider {
    active_directory_identity_provider {
      directory_id = var.directory_id
    }
  }

  # Null (the default) leaves the VPC settings to AWS; the state then shows what AWS chose. Subnets are a set.
  settings = var.registration_settings

  tags = {
    team = "identity"
  }

  timeouts {
    create = "30m"
    delete = "30m"
  }
}

# AWS bills the subscription from its start; a replacement (another user, product or directory) stops it and starts
# a new one.
resource "awsidentity_licensemanager_product_subscription" "alice" {
  username = "alice"
  product  = awsidentity_licensemanager_identity_provider_registration.corp.product

  identity_provider {
    active_directory_identity_provider {
      directory_id = awsidentity_licensemanager_identity_provider_registration.corp.identity_provider.active_directory_identity_provider.directory_id
    }
  }

  tags = {
    team = "identity"
  }
}

resource "awsidentity_licensemanager_user_association" "alice" {
  username    = awsidentity_licensemanager_product_subscription.alice.username
  instance_id = var.instance_id

  identity_provider {
    active_directory_identity_provider {
      directory_id = awsidentity_licensemanager_product_subscription.alice.identity_provider.active_directory_identity_provider.directory_id
    }
  }

  tags = {
    team = "identity"
  }

  timeouts {
    create = "10m"
  }

  # AWS stops a subscription only once its user is associated with no instance. A replaced subscription (a new
  # product_user_arn) replaces this association too, so terraform removes the association first; a tag change of
  # the subscription keeps its ARN and leaves the association alone.
  lifecycle {
    replace_triggered_by = [awsidentity_licensemanager_product_subscription.alice.product_user_arn]
  }
}
