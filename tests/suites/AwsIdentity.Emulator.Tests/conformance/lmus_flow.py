"""The License Manager User Subscriptions part of botocore_conformance.py: registration and its settings, product
subscriptions, associations, tags, and the ordered teardown (disassociate, stop the subscription, deregister)."""


def lmus_flow(make_client, expect_error, wait):
    lm = make_client("license-manager-user-subscriptions")
    idp = {"ActiveDirectoryIdentityProvider": {"DirectoryId": "d-0123456789", "ActiveDirectoryType": "AWS_MANAGED"}}
    product = "VISUAL_STUDIO_ENTERPRISE"
    lm.register_identity_provider(IdentityProvider=idp, Product=product, Tags={"t": "1"},
                                  Settings={"Subnets": ["subnet-12345678"], "SecurityGroupId": "sg-12345678"})
    expect_error(lm.register_identity_provider, "ConflictException", IdentityProvider=idp, Product=product)

    def registration():
        return [p for page in lm.get_paginator("list_identity_providers").paginate(PaginationConfig={"PageSize": 1})
                for p in page["IdentityProviderSummaries"]]

    wait(lambda: [p["Status"] for p in registration()] == ["REGISTERED"], "REGISTERED")
    lm.list_identity_providers(Filters=[{"Attribute": "Product", "Operation": "eq", "Value": product}])
    settings = lm.update_identity_provider_settings(
        IdentityProvider=idp, Product=product,
        UpdateSettings={"AddSubnets": ["subnet-87654321"], "RemoveSubnets": ["subnet-12345678"], "SecurityGroupId": "sg-87654321"},
    )["IdentityProviderSummary"]["Settings"]
    assert settings == {"Subnets": ["subnet-87654321"], "SecurityGroupId": "sg-87654321"}, settings
    expect_error(lm.update_identity_provider_settings, "ValidationException", IdentityProvider=idp, Product=product,
                 UpdateSettings={"AddSubnets": [], "RemoveSubnets": ["subnet-12345678"]})

    sub = lm.start_product_subscription(Username="alice", IdentityProvider=idp, Product=product,
                                        Domain="corp.example.com", Tags={"team": "a"})["ProductUserSummary"]
    expect_error(lm.start_product_subscription, "ConflictException", Username="alice", IdentityProvider=idp,
                 Product=product, Domain="corp.example.com")
    expect_error(lm.start_product_subscription, "ResourceNotFoundException", Username="alice", IdentityProvider=idp,
                 Product="OFFICE_PROFESSIONAL_PLUS")

    def subscription():
        found = lm.list_product_subscriptions(IdentityProvider=idp, Product=product,
                                              Filters=[{"Attribute": "Username", "Operation": "eq", "Value": "alice"}])
        return found["ProductUserSummaries"][0]["Status"]

    wait(lambda: subscription() == "SUBSCRIBED", "SUBSCRIBED")
    list(lm.get_paginator("list_product_subscriptions").paginate(IdentityProvider=idp, PaginationConfig={"PageSize": 1}))

    user = lm.associate_user(Username="alice", InstanceId="i-0123456789abcdef0", IdentityProvider=idp,
                             Domain="corp.example.com", Tags={"team": "a"})["InstanceUserSummary"]
    expect_error(lm.associate_user, "ConflictException", Username="alice", InstanceId="i-0123456789abcdef0",
                 IdentityProvider=idp, Domain="corp.example.com")
    expect_error(lm.associate_user, "ValidationException", Username="bob", InstanceId="i-nothex",
                 IdentityProvider=idp)
    expect_error(lm.associate_user, "ConflictException", Username="bob", InstanceId="i-0123456789abcdef0",
                 IdentityProvider=idp)
    expect_error(lm.list_user_associations, "ResourceNotFoundException", InstanceId="i-0123456789abcdef0",
                 IdentityProvider={"ActiveDirectoryIdentityProvider": {"DirectoryId": "d-9999999999"}})

    def status():
        found = lm.list_user_associations(InstanceId="i-0123456789abcdef0", IdentityProvider=idp,
                                          Filters=[{"Attribute": "Username", "Operation": "eq", "Value": "alice"}])
        return found["InstanceUserSummaries"][0]["Status"]

    wait(lambda: status() == "ASSOCIATED", "ASSOCIATED")
    list(lm.get_paginator("list_user_associations").paginate(InstanceId="i-0123456789abcdef0", IdentityProvider=idp,
                                                             PaginationConfig={"PageSize": 1}))
    list(lm.get_paginator("list_instances").paginate())
    for arn in (user["InstanceUserArn"], sub["ProductUserArn"]):
        lm.tag_resource(ResourceArn=arn, Tags={"x": "y"})
        lm.untag_resource(ResourceArn=arn, TagKeys=["team"])
        assert lm.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"x": "y"}
    expect_error(lm.stop_product_subscription, "ConflictException", ProductUserArn=sub["ProductUserArn"])
    lm.disassociate_user(InstanceUserArn=user["InstanceUserArn"])
    wait(lambda: status() == "DISASSOCIATED", "DISASSOCIATED")
    expect_error(lm.disassociate_user, "ResourceNotFoundException", InstanceUserArn=user["InstanceUserArn"])
    expect_error(lm.deregister_identity_provider, "ConflictException", IdentityProvider=idp, Product=product)
    lm.stop_product_subscription(Username="alice", IdentityProvider=idp, Product=product, Domain="corp.example.com")
    wait(lambda: subscription() == "UNSUBSCRIBED", "UNSUBSCRIBED")
    expect_error(lm.stop_product_subscription, "ResourceNotFoundException", ProductUserArn=sub["ProductUserArn"])
    lm.deregister_identity_provider(IdentityProvider=idp, Product=product)
    wait(lambda: registration() == [], "deregistered")
    expect_error(lm.deregister_identity_provider, "ResourceNotFoundException", IdentityProvider=idp, Product=product)
