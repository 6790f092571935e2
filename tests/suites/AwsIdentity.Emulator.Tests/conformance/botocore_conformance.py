"""Drives every emulated operation through botocore's own serializers and parsers and checks each raw
response body strictly against the output (or error) shape of the botocore model.

usage: python3 botocore_conformance.py ENDPOINT
Exits non-zero with a message on the first mismatch.
"""
import json
import sys
import time

import botocore.session
from botocore.exceptions import ClientError

from lmus_flow import lmus_flow

ENDPOINT = sys.argv[1]
CALLS = []


def fail(msg):
    print("CONFORMANCE FAILURE: " + msg)
    sys.exit(1)


def check(shape, value, path):
    t = shape.type_name
    if t == "structure":
        if not isinstance(value, dict):
            fail(f"{path}: expected object, got {value!r}")
        members = shape.members
        for key, v in value.items():
            if key not in members:
                fail(f"{path}: member {key!r} is not in shape {shape.name}")
            check(members[key], v, f"{path}.{key}")
        for req in shape.required_members:
            if req not in value:
                fail(f"{path}: required member {req!r} of {shape.name} is missing")
    elif t == "list":
        if not isinstance(value, list):
            fail(f"{path}: expected list, got {value!r}")
        for i, v in enumerate(value):
            check(shape.member, v, f"{path}[{i}]")
    elif t == "map":
        if not isinstance(value, dict):
            fail(f"{path}: expected map, got {value!r}")
        for k, v in value.items():
            check(shape.value, v, f"{path}.{k}")
    elif t == "string":
        if not isinstance(value, str):
            fail(f"{path}: expected string, got {value!r}")
        if shape.enum and value not in shape.enum:
            fail(f"{path}: {value!r} is not in enum {shape.enum}")
    elif t in ("integer", "long"):
        if not isinstance(value, int) or isinstance(value, bool):
            fail(f"{path}: expected integer, got {value!r}")
    elif t == "boolean":
        if not isinstance(value, bool):
            fail(f"{path}: expected boolean, got {value!r}")
    elif t == "timestamp":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            fail(f"{path}: expected epoch-seconds timestamp, got {value!r}")
    else:
        fail(f"{path}: unexpected shape type {t}")


def make_client(service):
    session = botocore.session.get_session()
    client = session.create_client(service, endpoint_url=ENDPOINT, region_name="us-east-1",
                                   aws_access_key_id="test", aws_secret_access_key="test")

    def on_parse(operation_model, response_dict, **_):
        status = response_dict["status_code"]
        body = response_dict["body"]
        raw = json.loads(body) if body else {}
        name = operation_model.name
        CALLS.append((service, name, status))
        if status < 300:
            if operation_model.output_shape is not None:
                check(operation_model.output_shape, raw, name)
            return
        code = response_dict["headers"].get("x-amzn-errortype", "").split(":")[0]
        modeled = [s.name for s in operation_model.error_shapes]
        if code not in modeled:
            fail(f"{name}: error {code!r} (HTTP {status}) is not modeled for the operation: {modeled}")
        error_shape = next(s for s in operation_model.error_shapes if s.name == code)
        check(error_shape, raw, f"{name}!{code}")
        if not raw.get("message"):
            fail(f"{name}: error {code} has no message")

    client.meta.events.register("before-parse", on_parse)
    return client


def expect_error(call, code, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        if e.response["Error"]["Code"] != code:
            fail(f"expected {code}, got {e.response['Error']['Code']}")
        return
    fail(f"expected {code}, call succeeded")


def wait(predicate, what):
    for _ in range(200):
        if predicate():
            return
        time.sleep(0.05)
    fail("timed out waiting for " + what)


def eks_flow():
    eks = make_client("eks")
    eks.create_cluster(name="conf", roleArn="arn:aws:iam::123456789012:role/eks",
                       resourcesVpcConfig={"subnetIds": ["subnet-1"]}, tags={"t": "1"})
    wait(lambda: eks.describe_cluster(name="conf")["cluster"]["status"] == "ACTIVE", "cluster ACTIVE")
    assert "conf" in [c for page in eks.get_paginator("list_clusters").paginate(PaginationConfig={"PageSize": 1}) for c in page["clusters"]]
    expect_error(eks.describe_cluster, "ResourceNotFoundException", name="missing")
    oidc = {"identityProviderConfigName": "corp", "issuerUrl": "https://issuer.example.com", "clientId": "kube",
            "usernameClaim": "email", "usernamePrefix": "u:", "groupsClaim": "groups", "groupsPrefix": "g:",
            "requiredClaims": {"aud": "kube"}}
    update = eks.associate_identity_provider_config(clusterName="conf", oidc=oidc, tags={"env": "dev"})["update"]
    expect_error(eks.associate_identity_provider_config, "ResourceInUseException", clusterName="conf",
                 oidc=dict(oidc, identityProviderConfigName="other"))
    expect_error(eks.associate_identity_provider_config, "InvalidParameterException", clusterName="conf",
                 oidc=dict(oidc, issuerUrl="http://plain"))
    wait(lambda: eks.describe_update(name="conf", updateId=update["id"])["update"]["status"] == "Successful", "update")
    ref = {"type": "oidc", "name": "corp"}
    config = eks.describe_identity_provider_config(clusterName="conf", identityProviderConfig=ref)["identityProviderConfig"]["oidc"]
    arn = config["identityProviderConfigArn"]
    assert config["status"] == "ACTIVE", config
    eks.list_identity_provider_configs(clusterName="conf", maxResults=1)
    list(eks.get_paginator("list_updates").paginate(name="conf"))
    eks.tag_resource(resourceArn=arn, tags={"a": "1"})
    eks.untag_resource(resourceArn=arn, tagKeys=["a"])
    assert eks.list_tags_for_resource(resourceArn=arn)["tags"] == {"env": "dev"}
    eks.list_tags_for_resource(resourceArn="arn:aws:eks:us-east-1:123456789012:cluster/conf")
    expect_error(eks.list_tags_for_resource, "NotFoundException", resourceArn="arn:aws:eks:us-east-1:123456789012:cluster/none")
    expect_error(eks.associate_identity_provider_config, "InvalidRequestException", clusterName="conf", oidc=oidc)
    update = eks.disassociate_identity_provider_config(clusterName="conf", identityProviderConfig=ref)["update"]
    wait(lambda: eks.describe_update(name="conf", updateId=update["id"])["update"]["status"] == "Successful", "disassociate")
    expect_error(eks.describe_identity_provider_config, "ResourceNotFoundException", clusterName="conf", identityProviderConfig=ref)
    expect_error(eks.describe_update, "ResourceNotFoundException", name="conf", updateId="nope")
    eks.delete_cluster(name="conf")


eks_flow()
lmus_flow(make_client, expect_error, wait)
ops = sorted({f"{s}:{n}" for s, n, _ in CALLS})
print(f"OK {len(CALLS)} calls, {len(ops)} operations: {' '.join(ops)}")
