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
  description = "The AWS Managed Microsoft AD directory to register with License Manager User Subscriptions."
  type        = string
  default     = "d-1234567890"
}

variable "product" {
  description = "The user-based subscription product the directory is registered for and the user subscribed to."
  type        = string
  default     = "VISUAL_STUDIO_ENTERPRISE"
}

variable "registration_settings" {
  description = "VPC settings of the registration (subnets, security group); null leaves them to AWS."
  type = object({
    subnets           = set(string)
    security_group_id = string
  })
  default = null
}
