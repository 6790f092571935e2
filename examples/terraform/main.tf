# Both awsidentity resources: an OIDC identity provider config on an EKS cluster and a License Manager user
# association. README.md here runs it against the local emulator; docs/ shows these blocks as its examples.
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

resource "awsidentity_licensemanager_user_association" "alice" {
  username    = "alice"
  instance_id = var.instance_id

  identity_provider {
    active_directory_identity_provider {
      directory_id = var.directory_id
    }
  }

  tags = {
    team = "identity"
  }

  timeouts {
    create = "10m"
  }
}
