import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";
import { stackPolicies } from "./stackPolicies";

new PolicyPack("awsidentity-guardrails", { policies: [...policies, ...stackPolicies] });
