variable "region" {
  description = "AWS region of the cluster and the License Manager instance."
  type        = string
  default     = "us-east-1"
}

variable "eks_endpoint" {
  description = "EKS endpoint URL, for example the local emulator's; null uses the AWS environment."
  type        = string
  default     = null
}

variable "license_manager_endpoint" {
  description = "License Manager User Subscriptions endpoint URL; null uses the AWS environment."
  type        = string
  default     = null
}

variable "cluster_name" {
  description = "The EKS cluster that gets the OIDC identity provider config."
  type        = string
  default     = "demo"
}

variable "instance_id" {
  description = "The EC2 instance the user is associated with."
  type        = string
  default     = "i-0123456789abcdef0"
}

variable "directory_id" {
  description = "The AWS Managed Microsoft AD directory registered with License Manager User Subscriptions."
  type        = string
  default     = "d-1234567890"
}
