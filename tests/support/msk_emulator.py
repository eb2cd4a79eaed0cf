"""An emulator of the Amazon MSK control-plane API, for mskctl's tests.

This is not AWS and does not try to be complete: it answers the MSK
REST-JSON API the way the AWS SDKs call it, on 127.0.0.1 only, with made-up
but well-formed data, so that mskctl can be tested without an AWS account.

Why a wrapper around moto rather than moto's own server or a patched moto:
moto 5.2.5 implements create/describe/list/delete of clusters and tags, but
its timestamps carry no time zone (the Rust SDK rejects them), a cluster
stays CREATING forever, and the update calls, bootstrap brokers, nodes,
operations and configurations are missing. Patching an installed package
would tie the tests to one moto build and be invisible in review, and
forwarding to a separate moto_server process would need two processes and
two ports per test. So this server imports moto's kafka backend in-process,
lets it keep its cluster and tag records (its FakeKafkaCluster attributes
are what updates change), and owns everything else here: routing, state
transitions, versions, operations, configurations and error shapes.

State transitions are evaluated lazily on every request against a monotonic
clock, so no timer threads exist and a request always sees a consistent
view: CREATING -> ACTIVE, UPDATING -> ACTIVE and DELETING -> gone each take
--transition seconds.

Test control (not part of the MSK API), all JSON POSTs:
  /_emulator/bootstrap  {"clusterName": ..., "brokers": "h:p,..." | {field: str}}
  /_emulator/fail       {"operation": "UpdateBrokerCount", "status": 429,
                         "errorType": "TooManyRequestsException",
                         "message": "...", "count": 1}
  /_emulator/hold       {"hold": true | false}
      While held, no transition completes, so a test can observe CREATING,
      UPDATING or DELETING without racing the clock.
  /_emulator/fail-operation  {"operation": "UpdateBrokerStorage",
                         "errorCode": "InternalFailure", "errorString": "..."}
      The call itself succeeds, but the next operation that API starts ends
      UPDATE_FAILED with that ErrorInfo, changes nothing, and the cluster
      returns to ACTIVE: how a failed update looks in MSK.
  /_emulator/topic-lag  {"seconds": N}
      Topic reads (ListTopics, DescribeTopic, DescribeTopicPartitions) show
      the topics as they were N seconds ago: MSK's eventual consistency.
  /_emulator/partitions {"clusterName": ..., "replicas": {"<brokerId>": n}}
      How many partition replicas each broker holds, so broker removal can
      insist (as MSK does) on removing only brokers that hold none.

Operations go PENDING -> UPDATE_IN_PROGRESS -> UPDATE_COMPLETE (or
UPDATE_FAILED), each half of --transition. Operation types: the MSK
developer guide's "Expand the number of brokers" page shows
INCREASE_BROKER_COUNT in describe-cluster-operation output, and its "Remove
a broker" page is cited for DECREASE_BROKER_COUNT (the same UpdateBrokerCount
call); UPDATE_BROKER_STORAGE, UPDATE_BROKER_TYPE,
UPDATE_CLUSTER_CONFIGURATION and UPDATE_MONITORING are kept as before and
were not checked against AWS output.

Broker removal follows "Remove a broker from an Amazon MSK cluster": only
M5, M7g (and Express) brokers, Kafka 2.8.1 or later, exactly one broker per
Availability Zone per operation, and only brokers holding no partitions
(when /_emulator/partitions said which do). Node ids are kept per cluster:
removed ids are gone and new brokers get fresh ids, so after a removal they
are not 1..N any more, as in MSK.
"""

import argparse
import base64
import json
import os
import random
import re
import string
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from moto.kafka.models import kafka_backends

ACCOUNT = "123456789012"
DEFAULT_REGION = "us-east-1"

# One lock for everything: requests are few and tiny, and serialising them
# makes each response a snapshot of a single state.
LOCK = threading.Lock()

TRANSITION = 1.0
DEFAULT_BOOTSTRAP = None

# Per cluster ARN: what moto does not keep.
EXTRA = {}
# Per operation ARN.
OPERATIONS = {}
# Per configuration ARN.
CONFIGURATIONS = {}
# Per cluster name, set through /_emulator/bootstrap; kept by name so a test
# can set it before the cluster exists.
BOOTSTRAP_OVERRIDES = {}
# Per operation name: list of pending injected errors.
INJECTED = {}
# Per operation name: ErrorInfo for the next operations it starts.
FAILING_OPERATIONS = {}
# Per cluster name: {broker id: partition replicas it holds}.
PARTITIONS = {}
HELD = False


class ApiError(Exception):
    def __init__(self, status, error_type, message):
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message


def bad_request(message):
    return ApiError(400, "BadRequestException", message)


def not_found(message):
    return ApiError(404, "NotFoundException", message)


def conflict(message):
    return ApiError(409, "ConflictException", message)


def now():
    return datetime.now(timezone.utc)


def timestamp(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def with_zone(value):
    """moto writes naive local times; anything that slips through gets a zone."""
    if not isinstance(value, str):
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    if parsed.tzinfo is None:
        parsed = parsed.astimezone(timezone.utc)
    return timestamp(parsed.astimezone(timezone.utc))


def fix_times(value):
    if isinstance(value, dict):
        return {
            k: with_zone(v) if k.endswith("Time") else fix_times(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [fix_times(v) for v in value]
    return value


def new_version():
    # Real CurrentVersion values are opaque upper-case strings like this.
    return "K" + "".join(random.choices(string.ascii_uppercase + string.digits, k=13))


def backend(region):
    return kafka_backends[ACCOUNT][region]


def region_of(headers):
    auth = headers.get("Authorization") or ""
    match = re.search(r"Credential=[^/]+/\d{8}/([^/]+)/", auth)
    return match.group(1) if match else DEFAULT_REGION


# --- state transitions ------------------------------------------------------


def advance(region):
    """Completes whatever transition is due, for every cluster in the region."""
    if HELD:
        return
    b = backend(region)
    clock = time.monotonic()
    for arn in list(EXTRA):
        extra = EXTRA[arn]
        if extra["region"] != region:
            continue
        pending = extra.get("pending")
        if pending is None:
            continue
        if clock < pending["due"]:
            op = OPERATIONS.get(pending["operation"])
            if op is not None and op["state"] == "PENDING" and clock >= pending["running"]:
                op["state"] = "UPDATE_IN_PROGRESS"
            continue
        extra["pending"] = None
        op = OPERATIONS.get(pending["operation"])
        cluster = b.clusters.get(arn)
        if pending["kind"] == "DELETE":
            b.clusters.pop(arn, None)
            b.tagger.delete_all_tags_for_resource(arn)
            del EXTRA[arn]
            for op_arn in [a for a, o in OPERATIONS.items() if o["clusterArn"] == arn]:
                del OPERATIONS[op_arn]
            continue
        if cluster is None:
            continue
        failure = pending.get("fail")
        if pending.get("apply") and failure is None:
            pending["apply"](cluster)
        # A failed update leaves the cluster as it was, and ACTIVE: FAILED
        # is a cluster state only for create and delete.
        cluster.state = "ACTIVE"
        cluster.active_operation_arn = None
        if op is not None:
            op["end"] = now()
            if failure is None:
                op["state"] = "UPDATE_COMPLETE"
                for step in op["steps"]:
                    step["status"] = "SUCCEEDED"
            else:
                op["state"] = "UPDATE_FAILED"
                op["error"] = failure
                op["steps"][0]["status"] = "SUCCEEDED"
                for step in op["steps"][1:]:
                    step["status"] = "FAILED"


def start_operation(cluster, kind, source, target, apply=None, state="UPDATING", fail=None):
    op_arn = (
        f"arn:aws:kafka:{cluster.region_name}:{ACCOUNT}:cluster-operation/"
        f"{cluster.cluster_name}/{cluster.cluster_id}/{uuid.uuid4()}"
    )
    steps = ["INITIALIZE_UPDATE", "UPDATE_APPLY", "FINALIZE_UPDATE"]
    OPERATIONS[op_arn] = {
        "arn": op_arn,
        "clusterArn": cluster.arn,
        "clusterType": cluster.cluster_type,
        "type": kind,
        # Updates are PENDING until MSK starts them; create and delete are
        # reported in progress at once.
        "state": "PENDING" if state == "UPDATING" else "UPDATE_IN_PROGRESS",
        "start": now(),
        "end": None,
        "source": source,
        "target": target,
        "steps": [{"name": s, "status": "IN_PROGRESS"} for s in steps],
        "seq": len(OPERATIONS),
        "error": None,
    }
    started = time.monotonic()
    EXTRA[cluster.arn]["pending"] = {
        "kind": kind,
        "running": started + TRANSITION / 2,
        "due": started + TRANSITION,
        "operation": op_arn,
        "apply": apply,
        "fail": fail,
    }
    cluster.state = state
    cluster.active_operation_arn = op_arn
    return op_arn


# --- clusters -----------------------------------------------------------------


def get_cluster(region, arn):
    cluster = backend(region).clusters.get(arn)
    if cluster is None:
        raise not_found(f"The requested resource {arn} doesn't exist.")
    return cluster


def check_updatable(cluster, body):
    if cluster.state != "ACTIVE":
        raise bad_request(
            f"The request is not valid because the cluster is in the {cluster.state} "
            "state: an operation is in progress. Retry when the cluster is ACTIVE."
        )
    version = body.get("currentVersion")
    if not version:
        raise bad_request("currentVersion is a required parameter.")
    if version != cluster.current_version:
        raise bad_request(
            # AWS's own wording for a stale CurrentVersion.
            "The version of the cluster isn\u2019t current. Check the current "
            "version and try again."
        )


def subnets_of(cluster):
    return list((cluster.broker_node_group_info or {}).get("clientSubnets") or [])


def check_broker_count(count, subnets):
    if not isinstance(count, int) or count < 1:
        raise bad_request("numberOfBrokerNodes must be a positive integer.")
    if subnets and count % len(subnets) != 0:
        raise bad_request(
            f"The number of broker nodes ({count}) must be a multiple of the "
            f"number of client subnets ({len(subnets)})."
        )


def register_cluster(region, arn, headers):
    """Makes a fresh moto cluster look like an MSK one."""
    b = backend(region)
    cluster = b.clusters.pop(arn)
    tags = b.list_tags_for_resource(arn)
    b.tagger.delete_all_tags_for_resource(arn)
    # MSK cluster ARNs carry the name; moto's carry only the id.
    kind = "cluster" if cluster.cluster_type == "PROVISIONED" else "serverless-cluster"
    cluster.arn = (
        f"arn:aws:kafka:{region}:{ACCOUNT}:{kind}/{cluster.cluster_name}/"
        f"{cluster.cluster_id}-2"
    )
    b.clusters[cluster.arn] = cluster
    if tags:
        b.tag_resource(cluster.arn, tags)
    cluster.creation_time = timestamp(now())
    cluster.current_version = new_version()
    subnets = subnets_of(cluster) or ["subnet-00000000"]
    EXTRA[cluster.arn] = {
        "region": region,
        "pending": None,
        # [broker id, client subnet], in id order; MSK numbers brokers from 1
        # and round-robins them over the zones.
        "nodes": [
            [i, subnets[(i - 1) % len(subnets)]]
            for i in range(1, (cluster.number_of_broker_nodes or 0) + 1)
        ],
        "next_id": (cluster.number_of_broker_nodes or 0) + 1,
        # Intelligent rebalancing exists only on Express clusters, ACTIVE by
        # default for new ones.
        "rebalancing": initial_rebalancing(cluster),
    }
    target = {
        "numberOfBrokerNodes": cluster.number_of_broker_nodes,
        "instanceType": (cluster.broker_node_group_info or {}).get("instanceType"),
        "kafkaVersion": cluster.kafka_version,
    }
    start_operation(
        cluster, "CREATE", None, {k: v for k, v in target.items() if v is not None},
        state="CREATING",
    )
    return cluster


def check_new_cluster(region, name, broker_info, count):
    if not name:
        raise bad_request("clusterName is a required parameter.")
    if any(c.cluster_name == name for c in backend(region).clusters.values()):
        raise conflict(f"A cluster with the name {name} already exists.")
    if broker_info is not None:
        if not broker_info.get("clientSubnets") or not broker_info.get("instanceType"):
            raise bad_request("brokerNodeGroupInfo needs clientSubnets and instanceType.")
        check_broker_count(count, broker_info["clientSubnets"])
        subnets = broker_info["clientSubnets"]
        if broker_info["instanceType"].startswith("express.") and len(subnets) != 3:
            raise bad_request("Express brokers require 3 client subnets in 3 Availability Zones.")


def create_cluster(ctx):
    body = ctx.body
    check_new_cluster(
        ctx.region, body.get("clusterName"), body.get("brokerNodeGroupInfo") or {},
        body.get("numberOfBrokerNodes"),
    )
    if not body.get("kafkaVersion"):
        raise bad_request("kafkaVersion is a required parameter.")
    arn, _, _ = backend(ctx.region).create_cluster(
        broker_node_group_info=body["brokerNodeGroupInfo"],
        client_authentication=body.get("clientAuthentication"),
        cluster_name=body["clusterName"],
        configuration_info=body.get("configurationInfo"),
        encryption_info=body.get("encryptionInfo"),
        enhanced_monitoring=body.get("enhancedMonitoring", "DEFAULT"),
        open_monitoring=body.get("openMonitoring"),
        kafka_version=body["kafkaVersion"],
        logging_info=body.get("loggingInfo"),
        number_of_broker_nodes=body["numberOfBrokerNodes"],
        tags=body.get("tags"),
        storage_mode=body.get("storageMode", "LOCAL"),
    )
    cluster = register_cluster(ctx.region, arn, ctx.headers)
    return {"clusterArn": cluster.arn, "clusterName": cluster.cluster_name, "state": cluster.state}


def create_cluster_v2(ctx):
    body = ctx.body
    provisioned = body.get("provisioned")
    serverless = body.get("serverless")
    if bool(provisioned) == bool(serverless):
        raise bad_request("Specify exactly one of provisioned and serverless.")
    b = backend(ctx.region)
    if provisioned:
        check_new_cluster(
            ctx.region, body.get("clusterName"), provisioned.get("brokerNodeGroupInfo") or {},
            provisioned.get("numberOfBrokerNodes"),
        )
        if not provisioned.get("kafkaVersion"):
            raise bad_request("kafkaVersion is a required parameter.")
        arn, _, _ = b.create_cluster(
            broker_node_group_info=provisioned["brokerNodeGroupInfo"],
            client_authentication=provisioned.get("clientAuthentication"),
            cluster_name=body["clusterName"],
            configuration_info=provisioned.get("configurationInfo"),
            encryption_info=provisioned.get("encryptionInfo"),
            enhanced_monitoring=provisioned.get("enhancedMonitoring", "DEFAULT"),
            open_monitoring=provisioned.get("openMonitoring"),
            kafka_version=provisioned["kafkaVersion"],
            logging_info=provisioned.get("loggingInfo"),
            number_of_broker_nodes=provisioned["numberOfBrokerNodes"],
            tags=body.get("tags"),
            storage_mode=provisioned.get("storageMode", "LOCAL"),
        )
    else:
        check_new_cluster(ctx.region, body.get("clusterName"), None, None)
        arn, _, _, _ = b.create_cluster_v2(body["clusterName"], body.get("tags"), None, serverless)
    cluster = register_cluster(ctx.region, arn, ctx.headers)
    return {
        "clusterArn": cluster.arn,
        "clusterName": cluster.cluster_name,
        "state": cluster.state,
        "clusterType": cluster.cluster_type,
    }


def tidy_info(cluster, info):
    """Corrects what moto's describe output gets wrong or makes up."""
    if cluster.active_operation_arn:
        info["activeOperationArn"] = cluster.active_operation_arn
    else:
        info.pop("activeOperationArn", None)
    info.pop("stateInfo", None)
    software = info.get("currentBrokerSoftwareInfo")
    if software is None:
        software = (info.get("provisioned") or {}).get("currentBrokerSoftwareInfo")
    if software is not None and not cluster.configuration_info:
        software.pop("configurationArn", None)
        software.pop("configurationRevision", None)
    add_rebalancing(cluster, info)
    return info


def describe_cluster(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    info = backend(ctx.region).describe_cluster(arn)
    if cluster.cluster_type != "PROVISIONED":
        raise bad_request(f"{arn} is a serverless cluster; use DescribeClusterV2.")
    return {"clusterInfo": tidy_info(cluster, info)}


def describe_cluster_v2(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    return {"clusterInfo": tidy_info(cluster, backend(ctx.region).describe_cluster_v2(arn))}


def paginate(ctx, items, member):
    try:
        start = int(ctx.query.get("nextToken") or 0)
    except ValueError:
        raise bad_request("The nextToken is not valid.")
    size = int(ctx.query.get("maxResults") or 100)
    page = items[start : start + size]
    result = {member: page}
    if start + size < len(items):
        result["nextToken"] = str(start + size)
    return result


def list_clusters(ctx):
    b = backend(ctx.region)
    name_filter = ctx.query.get("clusterNameFilter")
    infos = [
        tidy_info(c, b.describe_cluster(c.arn))
        for c in b.clusters.values()
        if c.cluster_type == "PROVISIONED"
        and (not name_filter or c.cluster_name.startswith(name_filter))
    ]
    return paginate(ctx, infos, "clusterInfoList")


def list_clusters_v2(ctx):
    b = backend(ctx.region)
    infos = [
        tidy_info(b.clusters[i["clusterArn"]], i)
        for i in b.list_clusters_v2(
            ctx.query.get("clusterNameFilter"), ctx.query.get("clusterTypeFilter")
        )
    ]
    return paginate(ctx, infos, "clusterInfoList")


def delete_cluster(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    version = ctx.query.get("currentVersion")
    if version and version != cluster.current_version:
        raise bad_request(
            # AWS's own wording for a stale CurrentVersion.
            "The version of the cluster isn\u2019t current. Check the current "
            "version and try again."
        )
    if cluster.state == "DELETING":
        raise bad_request("The cluster is already being deleted: an operation is in progress.")
    start_operation(cluster, "DELETE", None, None, state="DELETING")
    return {"clusterArn": arn, "state": "DELETING"}


def update(ctx, arn, kind, source_of, target, apply):
    cluster = get_cluster(ctx.region, arn)
    check_updatable(cluster, ctx.body)
    source = source_of(cluster)
    failing = FAILING_OPERATIONS.get(ctx.operation_name)
    fail = failing.pop(0) if failing else None
    op_arn = start_operation(cluster, kind, source, target, apply, fail=fail)
    # The version names the cluster's new desired state, so it changes as
    # soon as an update is accepted, not when it completes.
    cluster.current_version = new_version()
    return {"clusterArn": arn, "clusterOperationArn": op_arn}


def node_group(cluster):
    if cluster.broker_node_group_info is None:
        cluster.broker_node_group_info = {}
    return cluster.broker_node_group_info


def volume_size(cluster):
    return (
        ((cluster.broker_node_group_info or {}).get("storageInfo") or {}).get("ebsStorageInfo")
        or {}
    ).get("volumeSize")


def update_broker_count(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    target = ctx.body.get("targetNumberOfBrokerNodes")
    check_updatable(cluster, ctx.body)
    check_broker_count(target, subnets_of(cluster))
    current = cluster.number_of_broker_nodes
    if target == current:
        raise bad_request(f"The cluster already has {target} broker nodes.")
    extra = EXTRA[cluster.arn]
    if target < current:
        removed = check_removal(cluster, extra, target)
    else:
        removed = []

    def apply(c):
        nodes = [n for n in extra["nodes"] if n[0] not in removed]
        subnets = subnets_of(c) or ["subnet-00000000"]
        per_zone = (target - len(nodes)) // len(subnets)
        # Ids are never reused: a removed broker's id stays a gap.
        for _ in range(max(per_zone, 0)):
            for subnet in subnets:
                nodes.append([extra["next_id"], subnet])
                extra["next_id"] += 1
        extra["nodes"] = sorted(nodes)
        c.number_of_broker_nodes = target

    kind = "INCREASE_BROKER_COUNT" if target > current else "DECREASE_BROKER_COUNT"
    wanted = {"numberOfBrokerNodes": target}
    if removed:
        # MSK picks the brokers and says which in the operation's target.
        wanted["brokerCountUpdateInfo"] = {"deletedBrokerIds": [float(i) for i in removed]}
    return update(
        ctx, arn, kind,
        lambda c: {"numberOfBrokerNodes": c.number_of_broker_nodes},
        wanted, apply,
    )


def version_tuple(version):
    parts = []
    for p in (version or "").split(".")[:3]:
        parts.append(int(p) if p.isdigit() else 0)
    return tuple(parts + [0] * (3 - len(parts)))


def check_removal(cluster, extra, target):
    """The brokers a removal takes, one per zone, or MSK's refusal."""
    instance_type = node_group(cluster).get("instanceType") or ""
    family = instance_type.split(".")[1] if instance_type.count(".") == 2 else ""
    if not (instance_type.startswith("express.") or family in ("m5", "m7g")):
        raise bad_request(
            f"Broker removal is supported only for clusters with M5 or M7g brokers; "
            f"this cluster has {instance_type}."
        )
    if version_tuple(cluster.kafka_version) < (2, 8, 1):
        raise bad_request(
            f"Broker removal requires Apache Kafka 2.8.1 or later; the cluster runs "
            f"{cluster.kafka_version}."
        )
    subnets = subnets_of(cluster) or ["subnet-00000000"]
    current = cluster.number_of_broker_nodes
    if current - target != len(subnets):
        raise bad_request(
            f"You can remove only one broker per Availability Zone in a single operation: "
            f"from {current} brokers in {len(subnets)} zones the target must be "
            f"{current - len(subnets)}, not {target}."
        )
    replicas = PARTITIONS.get(cluster.cluster_name, {})
    if extra.get("rebalancing") == "ACTIVE":
        # Intelligent rebalancing moves the partitions off the brokers it
        # removes: none has to be empty beforehand.
        replicas = {}
    removed = []
    for subnet in subnets:
        ids = [n[0] for n in extra["nodes"] if n[1] == subnet]
        empty = [i for i in ids if replicas.get(i, 0) == 0]
        if len(ids) < 2 or not empty:
            raise bad_request(
                f"Cannot remove a broker in {subnet}: every broker there holds partitions "
                "(other than the canary topics). Move the partitions off the brokers to "
                "remove first."
            )
        # The highest empty id goes, as a stand-in for MSK's own choice.
        removed.append(max(empty))
    return removed


def update_broker_storage(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    volumes = ctx.body.get("targetBrokerEBSVolumeInfo")
    check_updatable(cluster, ctx.body)
    if not volumes or not isinstance(volumes, list):
        raise bad_request("targetBrokerEBSVolumeInfo is a required parameter.")
    target = volumes[0]
    size = target.get("volumeSizeGB")
    current = volume_size(cluster)
    if size is not None and current is not None and size <= current:
        raise bad_request(
            f"The requested volume size {size} GiB must be larger than the current "
            f"{current} GiB; broker storage cannot shrink."
        )
    if size is not None and size > 16384:
        raise bad_request(
            f"The requested volume size {size} GiB exceeds the maximum of 16384 GiB per broker."
        )
    # MSK's storage cool-down: at least six hours after the last storage
    # update that completed (failed ones do not count).
    for op in OPERATIONS.values():
        if (
            op["clusterArn"] == cluster.arn
            and "STORAGE" in op["type"]
            and op["state"] == "UPDATE_COMPLETE"
            and op["end"] is not None
            and (now() - op["end"]).total_seconds() < 6 * 3600
        ):
            raise bad_request(
                "Storage can be scaled again only after a cool-down period of at least "
                "six hours since the last storage scaling event."
            )

    def apply(c):
        ebs = node_group(c).setdefault("storageInfo", {}).setdefault("ebsStorageInfo", {})
        if size is not None:
            ebs["volumeSize"] = size
        if target.get("provisionedThroughput") is not None:
            ebs["provisionedThroughput"] = target["provisionedThroughput"]

    def source(c):
        return {"brokerEBSVolumeInfo": [{"kafkaBrokerNodeId": "All", "volumeSizeGB": volume_size(c)}]}

    return update(ctx, arn, "UPDATE_BROKER_STORAGE", source, {"brokerEBSVolumeInfo": volumes}, apply)


def broker_type_move_problem(current, target):
    """MSK's broker-type moves: Standard t3 -> m5/m7g, m5 <-> m7g, never back
    to t3; Express only to other express.m7g sizes; never Standard <-> Express."""
    if current == target:
        return f"The cluster already uses {target}."
    express = (current.startswith("express."), target.startswith("express."))
    if express[0] != express[1]:
        return "A cluster cannot move between Standard and Express brokers."
    if express[0]:
        return None
    family = target.split(".")[1] if target.count(".") == 2 else ""
    if family.startswith("t3"):
        return f"Updating to {target} is not supported: brokers cannot move to the T3 family."
    if family not in ("m5", "m7g"):
        return f"Updating to {target} is not supported."
    return None


def update_storage(ctx, arn):
    """UpdateStorage: storage mode and provisioned throughput (volume size
    too, which mskctl sends through UpdateBrokerStorage)."""
    cluster = get_cluster(ctx.region, arn)
    check_updatable(cluster, ctx.body)
    mode = ctx.body.get("storageMode")
    throughput = ctx.body.get("provisionedThroughput")
    if mode is None and throughput is None and ctx.body.get("volumeSizeGB") is None:
        raise bad_request("Specify storageMode, provisionedThroughput or volumeSizeGB.")
    instance_type = node_group(cluster).get("instanceType") or ""
    if mode is not None:
        if mode not in ("LOCAL", "TIERED"):
            raise bad_request("storageMode must be LOCAL or TIERED.")
        if mode == "TIERED" and (
            instance_type.startswith("kafka.t3.")
            or (cluster.kafka_version != "2.8.2.tiered"
                and version_tuple(cluster.kafka_version) < (3, 6, 0))
        ):
            raise bad_request("Tiered storage is not supported for this cluster's broker type or Apache Kafka version.")
    limits = {
        "kafka.m5.4xlarge": 593, "kafka.m5.8xlarge": 850, "kafka.m5.12xlarge": 1000,
        "kafka.m5.16xlarge": 1000, "kafka.m5.24xlarge": 1000, "kafka.m7g.2xlarge": 312,
        "kafka.m7g.4xlarge": 625, "kafka.m7g.8xlarge": 1000, "kafka.m7g.12xlarge": 1000,
        "kafka.m7g.16xlarge": 1000,
    }
    if throughput is not None and throughput.get("enabled"):
        limit = limits.get(instance_type)
        rate = throughput.get("volumeThroughput", 250)
        if limit is None:
            raise bad_request(f"Provisioned throughput is not supported for {instance_type}.")
        if not 250 <= rate <= limit:
            raise bad_request(f"volumeThroughput must be between 250 and {limit} MiB/s for {instance_type}.")

    def apply(c):
        if mode is not None:
            c.storage_mode = mode
        if throughput is not None:
            ebs = node_group(c).setdefault("storageInfo", {}).setdefault("ebsStorageInfo", {})
            ebs["provisionedThroughput"] = throughput

    return update(
        ctx, arn, "UPDATE_STORAGE",
        lambda c: {"storageMode": c.storage_mode},
        {k: v for k, v in (("storageMode", mode), ("provisionedThroughput", throughput)) if v is not None},
        apply,
    )


def update_broker_type(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    target = ctx.body.get("targetInstanceType")
    check_updatable(cluster, ctx.body)
    if not target:
        raise bad_request("targetInstanceType is a required parameter.")
    current = node_group(cluster).get("instanceType") or ""
    problem = broker_type_move_problem(current, target)
    if problem:
        raise bad_request(problem)

    def apply(c):
        node_group(c)["instanceType"] = target

    return update(
        ctx, arn, "UPDATE_BROKER_TYPE",
        lambda c: {"instanceType": node_group(c).get("instanceType")},
        {"instanceType": target}, apply,
    )


def update_cluster_configuration(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    info = ctx.body.get("configurationInfo")
    check_updatable(cluster, ctx.body)
    if not info or "arn" not in info or "revision" not in info:
        raise bad_request("configurationInfo with arn and revision is required.")
    config = CONFIGURATIONS.get(info["arn"])
    if config is None:
        raise bad_request(f"The configuration {info['arn']} does not exist.")
    if not any(r["revision"] == info["revision"] for r in config["revisions"]):
        raise bad_request(f"The configuration has no revision {info['revision']}.")
    versions = config.get("kafkaVersions") or []
    if versions and cluster.kafka_version not in versions:
        raise bad_request(
            f"The configuration supports Apache Kafka {', '.join(versions)}; "
            f"the cluster runs {cluster.kafka_version}."
        )
    info = {"arn": info["arn"], "revision": info["revision"]}

    def apply(c):
        c.configuration_info = info

    return update(
        ctx, arn, "UPDATE_CLUSTER_CONFIGURATION",
        lambda c: {"configurationInfo": c.configuration_info} if c.configuration_info else {},
        {"configurationInfo": info}, apply,
    )


def security_problem(auth, client_broker, in_cluster):
    """MSK's table of allowed authentication / encryption combinations."""
    on = lambda *path: bool(dig(auth, *path, "enabled"))  # noqa: E731
    iam, scram, mtls, open_ = on("sasl", "iam"), on("sasl", "scram"), on("tls"), on("unauthenticated")
    if not (iam or scram or mtls or open_):
        return "At least one client authentication method must be enabled."
    if (iam or scram) and client_broker != "TLS":
        return "SASL authentication requires client-broker encryption TLS."
    if mtls and client_broker == "PLAINTEXT":
        return "TLS client authentication requires client-broker encryption TLS or TLS_PLAINTEXT."
    if (iam or scram or mtls) and not in_cluster:
        return "Client authentication requires in-cluster encryption."
    return None


def update_security(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    check_updatable(cluster, ctx.body)
    auth = ctx.body.get("clientAuthentication")
    encryption = ctx.body.get("encryptionInfo") or {}
    if auth is None and not encryption:
        raise bad_request("Specify clientAuthentication or encryptionInfo.")
    if "encryptionAtRest" in encryption or "inCluster" in (encryption.get("encryptionInTransit") or {}):
        raise bad_request("You can't update encryption at rest or in-cluster encryption.")
    current = cluster.encryption_info or {}
    in_transit = current.get("encryptionInTransit") or {}
    new_auth = auth if auth is not None else (cluster.client_authentication or {})
    new_cb = (encryption.get("encryptionInTransit") or {}).get(
        "clientBroker", in_transit.get("clientBroker", "TLS")
    )
    problem = security_problem(new_auth, new_cb, in_transit.get("inCluster", True))
    if problem:
        raise bad_request(problem)

    def apply(c):
        c.client_authentication = new_auth
        info = dict(c.encryption_info or {})
        transit = dict(info.get("encryptionInTransit") or {})
        transit["clientBroker"] = new_cb
        transit.setdefault("inCluster", True)
        info["encryptionInTransit"] = transit
        c.encryption_info = info

    return update(
        ctx, arn, "UPDATE_SECURITY",
        lambda c: {"clientAuthentication": c.client_authentication or {}},
        {"clientAuthentication": new_auth}, apply,
    )


def update_connectivity(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    check_updatable(cluster, ctx.body)
    kind = dig(ctx.body, "connectivityInfo", "publicAccess", "type")
    if kind not in ("SERVICE_PROVIDED_EIPS", "DISABLED"):
        raise bad_request("connectivityInfo.publicAccess.type must be SERVICE_PROVIDED_EIPS or DISABLED.")
    if kind == "SERVICE_PROVIDED_EIPS":
        auth = cluster.client_authentication or {}
        in_transit = (cluster.encryption_info or {}).get("encryptionInTransit") or {}
        on = lambda *path: bool(dig(auth, *path, "enabled"))  # noqa: E731
        if version_tuple(cluster.kafka_version) < (2, 6, 0):
            raise bad_request("Public access requires Apache Kafka 2.6.0 or later.")
        if on("unauthenticated") or not auth:
            raise bad_request("Public access requires unauthenticated access to be turned off.")
        if not (on("sasl", "iam") or on("sasl", "scram") or on("tls")):
            raise bad_request("Public access requires IAM, SASL/SCRAM or TLS client authentication.")
        if in_transit.get("clientBroker", "TLS") != "TLS" or not in_transit.get("inCluster", True):
            raise bad_request("Public access requires TLS encryption in transit only.")

    def apply(c):
        node_group(c)["connectivityInfo"] = {"publicAccess": {"type": kind}}

    return update(
        ctx, arn, "UPDATE_CONNECTIVITY",
        lambda c: {"connectivityInfo": node_group(c).get("connectivityInfo") or {}},
        {"connectivityInfo": {"publicAccess": {"type": kind}}}, apply,
    )


def update_monitoring(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    check_updatable(cluster, ctx.body)
    members = {
        "enhancedMonitoring": "enhanced_monitoring",
        "openMonitoring": "open_monitoring",
        "loggingInfo": "logging_info",
    }
    target = {k: ctx.body[k] for k in members if ctx.body.get(k) is not None}

    def apply(c):
        for member, attr in members.items():
            if member in target:
                setattr(c, attr, target[member])

    def source(c):
        current = {m: getattr(c, a) for m, a in members.items()}
        return {k: v for k, v in current.items() if v is not None}

    return update(ctx, arn, "UPDATE_MONITORING", source, target, apply)


# --- bootstrap brokers and nodes ------------------------------------------------


def node_ids(cluster):
    extra = EXTRA.get(cluster.arn) or {}
    return [n[0] for n in extra.get("nodes") or []]


def broker_host(cluster, broker_id):
    return (
        f"b-{broker_id}.{cluster.cluster_name.lower()}.{cluster.cluster_id[:6]}"
        f".c2.kafka.{cluster.region_name}.amazonaws.com"
    )


def get_bootstrap_brokers(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    if cluster.state == "CREATING":
        raise bad_request("The cluster is being created; bootstrap brokers are not available yet.")
    override = BOOTSTRAP_OVERRIDES.get(cluster.cluster_name, DEFAULT_BOOTSTRAP)
    if isinstance(override, dict):
        return dict(override)

    auth = cluster.client_authentication or {}
    in_transit = ((cluster.encryption_info or {}).get("encryptionInTransit") or {}).get(
        "clientBroker", "TLS"
    )
    enabled = lambda *path: bool(dig(auth, *path, "enabled"))  # noqa: E731
    # With no client authentication configured, MSK allows unauthenticated
    # clients; the same holds when it is listed explicitly.
    unauthenticated = not auth or enabled("unauthenticated")
    public = (
        ((node_group(cluster).get("connectivityInfo") or {}).get("publicAccess") or {}).get("type")
        == "SERVICE_PROVIDED_EIPS"
    )

    # Real MSK gives each listener its own port; a test broker has one, so a
    # configured string is reported for every listener the cluster has.
    def brokers(port):
        if override is not None:
            return override
        ids = node_ids(cluster) or [1]
        return ",".join(f"{broker_host(cluster, i)}:{port}" for i in ids[:3])

    result = {}
    if in_transit in ("PLAINTEXT", "TLS_PLAINTEXT") and unauthenticated:
        result["bootstrapBrokerString"] = brokers(9092)
    if in_transit in ("TLS", "TLS_PLAINTEXT") and (unauthenticated or enabled("tls")):
        result["bootstrapBrokerStringTls"] = brokers(9094)
        if public:
            result["bootstrapBrokerStringPublicTls"] = brokers(9194)
    if enabled("sasl", "scram"):
        result["bootstrapBrokerStringSaslScram"] = brokers(9096)
        if public:
            result["bootstrapBrokerStringPublicSaslScram"] = brokers(9196)
    if enabled("sasl", "iam"):
        result["bootstrapBrokerStringSaslIam"] = brokers(9098)
        if public:
            result["bootstrapBrokerStringPublicSaslIam"] = brokers(9198)
    return result


def dig(value, *path):
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def list_nodes(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    subnets = subnets_of(cluster) or ["subnet-00000000"]
    instance_type = node_group(cluster).get("instanceType")
    nodes = []
    for broker_id, subnet in EXTRA[cluster.arn]["nodes"]:
        zone = subnets.index(subnet) if subnet in subnets else 0
        nodes.append(
            {
                "addedToClusterTime": cluster.creation_time,
                "instanceType": instance_type,
                "nodeARN": f"arn:aws:kafka:{cluster.region_name}:{ACCOUNT}:broker/"
                f"{cluster.cluster_name}/{cluster.cluster_id}/{broker_id}",
                "nodeType": "BROKER",
                "brokerNodeInfo": {
                    "attachedENIId": f"eni-{cluster.cluster_id[:8]}{broker_id:04x}",
                    "brokerId": broker_id,
                    "clientSubnet": subnet,
                    "clientVpcIpAddress": f"10.0.{zone}.{10 + broker_id}",
                    "currentBrokerSoftwareInfo": {"kafkaVersion": cluster.kafka_version},
                    "endpoints": [broker_host(cluster, broker_id)],
                },
            }
        )
    return paginate(ctx, nodes, "nodeInfoList")


# --- operations -------------------------------------------------------------------


def steps_of(op):
    return [{"stepName": s["name"], "stepInfo": {"stepStatus": s["status"]}} for s in op["steps"]]


def operation_v1(op):
    info = {
        "clusterArn": op["clusterArn"],
        "creationTime": timestamp(op["start"]),
        "operationArn": op["arn"],
        "operationState": op["state"],
        "operationType": op["type"],
        "operationSteps": steps_of(op),
    }
    if op["end"] is not None:
        info["endTime"] = timestamp(op["end"])
    if op["error"] is not None:
        info["errorInfo"] = op["error"]
    if op["source"] is not None:
        info["sourceClusterInfo"] = op["source"]
    if op["target"] is not None:
        info["targetClusterInfo"] = op["target"]
    return info


def operation_summary(op):
    info = {
        "clusterArn": op["clusterArn"],
        "clusterType": op["clusterType"],
        "startTime": timestamp(op["start"]),
        "operationArn": op["arn"],
        "operationState": op["state"],
        "operationType": op["type"],
    }
    if op["end"] is not None:
        info["endTime"] = timestamp(op["end"])
    return info


def operation_v2(op):
    info = operation_summary(op)
    if op["error"] is not None:
        info["errorInfo"] = op["error"]
    details = {"operationSteps": steps_of(op)}
    if op["source"] is not None:
        details["sourceClusterInfo"] = op["source"]
    if op["target"] is not None:
        details["targetClusterInfo"] = op["target"]
    info["provisioned" if op["clusterType"] == "PROVISIONED" else "serverless"] = (
        details if op["clusterType"] == "PROVISIONED" else {}
    )
    return info


def get_operation(arn):
    op = OPERATIONS.get(arn)
    if op is None:
        raise not_found(f"The requested resource {arn} doesn't exist.")
    return op


def cluster_operations(ctx, arn):
    get_cluster(ctx.region, arn)
    ops = [o for o in OPERATIONS.values() if o["clusterArn"] == arn]
    # Newest first, as MSK lists them.
    return sorted(ops, key=lambda o: o["seq"], reverse=True)


def list_cluster_operations(ctx, arn):
    ops = [operation_v1(o) for o in cluster_operations(ctx, arn)]
    return paginate(ctx, ops, "clusterOperationInfoList")


def list_cluster_operations_v2(ctx, arn):
    ops = [operation_summary(o) for o in cluster_operations(ctx, arn)]
    return paginate(ctx, ops, "clusterOperationInfoList")


def describe_cluster_operation(ctx, arn):
    return {"clusterOperationInfo": operation_v1(get_operation(arn))}


def describe_cluster_operation_v2(ctx, arn):
    return {"clusterOperationInfo": operation_v2(get_operation(arn))}


# --- configurations ---------------------------------------------------------------


def decode_properties(body):
    encoded = body.get("serverProperties")
    if not encoded:
        raise bad_request("serverProperties is a required parameter.")
    try:
        return base64.b64decode(encoded, validate=True)
    except ValueError:
        raise bad_request("serverProperties must be base64.")


def get_configuration(arn):
    config = CONFIGURATIONS.get(arn)
    if config is None:
        raise not_found(f"The requested resource {arn} doesn't exist.")
    return config


def configuration_view(config):
    latest = config["revisions"][-1]
    return {
        "arn": config["arn"],
        "creationTime": timestamp(config["created"]),
        "description": config["description"],
        "kafkaVersions": config["kafkaVersions"],
        "latestRevision": revision_view(latest),
        "name": config["name"],
        "state": config["state"],
    }


def revision_view(revision):
    return {
        "creationTime": timestamp(revision["created"]),
        "description": revision["description"],
        "revision": revision["revision"],
    }


def create_configuration(ctx):
    body = ctx.body
    name = body.get("name")
    if not name:
        raise bad_request("name is a required parameter.")
    if any(c["name"] == name and c["region"] == ctx.region for c in CONFIGURATIONS.values()):
        raise conflict(f"A configuration with the name {name} already exists.")
    properties = decode_properties(body)
    created = now()
    arn = f"arn:aws:kafka:{ctx.region}:{ACCOUNT}:configuration/{name}/{uuid.uuid4()}-2"
    CONFIGURATIONS[arn] = {
        "arn": arn,
        "region": ctx.region,
        "name": name,
        "description": body.get("description", ""),
        "kafkaVersions": body.get("kafkaVersions") or [],
        "created": created,
        "state": "ACTIVE",
        "revisions": [
            {
                "revision": 1,
                "created": created,
                "description": body.get("description", ""),
                "properties": properties,
            }
        ],
    }
    view = configuration_view(CONFIGURATIONS[arn])
    return {k: view[k] for k in ("arn", "creationTime", "latestRevision", "name", "state")}


def describe_configuration(ctx, arn):
    return configuration_view(get_configuration(arn))


def list_configurations(ctx):
    views = [
        configuration_view(c) for c in CONFIGURATIONS.values() if c["region"] == ctx.region
    ]
    return paginate(ctx, views, "configurations")


def list_configuration_revisions(ctx, arn):
    revisions = [revision_view(r) for r in get_configuration(arn)["revisions"]]
    return paginate(ctx, revisions, "revisions")


def describe_configuration_revision(ctx, arn, revision):
    config = get_configuration(arn)
    for r in config["revisions"]:
        if str(r["revision"]) == revision:
            view = revision_view(r)
            view["arn"] = arn
            view["serverProperties"] = base64.b64encode(r["properties"]).decode()
            return view
    raise not_found(f"The configuration {arn} has no revision {revision}.")


def update_configuration(ctx, arn):
    config = get_configuration(arn)
    properties = decode_properties(ctx.body)
    revision = {
        "revision": config["revisions"][-1]["revision"] + 1,
        "created": now(),
        "description": ctx.body.get("description", ""),
        "properties": properties,
    }
    config["revisions"].append(revision)
    return {"arn": arn, "latestRevision": revision_view(revision)}


def delete_configuration(ctx, arn):
    get_configuration(arn)
    for cluster in backend(ctx.region).clusters.values():
        if (cluster.configuration_info or {}).get("arn") == arn:
            raise bad_request(f"The configuration is in use by cluster {cluster.arn}.")
    # Real deletion passes through DELETING; nothing can observe it here
    # because the record is gone by the next request.
    del CONFIGURATIONS[arn]
    return {"arn": arn, "state": "DELETING"}


# --- tags -------------------------------------------------------------------------


def check_taggable(ctx, arn):
    if arn not in backend(ctx.region).clusters and arn not in CONFIGURATIONS:
        raise not_found(f"The requested resource {arn} doesn't exist.")


def list_tags(ctx, arn):
    check_taggable(ctx, arn)
    return {"tags": backend(ctx.region).list_tags_for_resource(arn)}


def tag_resource(ctx, arn):
    check_taggable(ctx, arn)
    backend(ctx.region).tag_resource(arn, ctx.body.get("tags") or {})
    return None


def untag_resource(ctx, arn):
    check_taggable(ctx, arn)
    backend(ctx.region).untag_resource(arn, ctx.query_all.get("tagKeys", []))
    return None


# --- SCRAM secrets ----------------------------------------------------------------

# Cluster ARN -> associated secret ARNs.
SCRAM_SECRETS = {}


def scram_enabled(cluster):
    auth = cluster.client_authentication or {}
    return bool(((auth.get("sasl") or {}).get("scram") or {}).get("enabled"))


def secret_list(ctx):
    secrets = ctx.body.get("secretArnList")
    if not isinstance(secrets, list) or not secrets:
        raise bad_request("secretArnList is a required parameter.")
    return secrets


def list_scram_secrets(ctx, arn):
    get_cluster(ctx.region, arn)
    return paginate(ctx, sorted(SCRAM_SECRETS.get(arn, set())), "secretArnList")


def batch_associate_scram_secret(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    secrets = secret_list(ctx)
    if len(secrets) > 10:
        raise bad_request("You can associate up to 10 secrets at a time.")
    if not scram_enabled(cluster):
        raise bad_request("SASL/SCRAM authentication is not enabled for this cluster.")
    unprocessed = []
    owned = SCRAM_SECRETS.setdefault(arn, set())
    for secret in secrets:
        parts = secret.split(":", 6)
        if len(parts) != 7 or parts[2] != "secretsmanager" or parts[5] != "secret":
            unprocessed.append({"secretArn": secret, "errorCode": "InvalidSecretArn",
                                "errorMessage": "The secret ARN is not valid."})
        elif not parts[6].startswith("AmazonMSK_"):
            unprocessed.append({"secretArn": secret, "errorCode": "InvalidSecretName",
                                "errorMessage": "The secret name must start with AmazonMSK_."})
        else:
            owned.add(secret)
    return {"clusterArn": arn, "unprocessedScramSecrets": unprocessed}


def batch_disassociate_scram_secret(ctx, arn):
    get_cluster(ctx.region, arn)
    secrets = secret_list(ctx)
    owned = SCRAM_SECRETS.setdefault(arn, set())
    unprocessed = []
    for secret in secrets:
        if secret in owned:
            owned.discard(secret)
        else:
            unprocessed.append({"secretArn": secret, "errorCode": "SecretNotAssociated",
                                "errorMessage": "The secret is not associated with the cluster."})
    return {"clusterArn": arn, "unprocessedScramSecrets": unprocessed}


# --- test control -----------------------------------------------------------------


def control_bootstrap(ctx):
    name = ctx.body.get("clusterName")
    brokers = ctx.body.get("brokers")
    if not name or not isinstance(brokers, (str, dict)):
        raise bad_request("need clusterName and brokers (a string or an object)")
    BOOTSTRAP_OVERRIDES[name] = brokers
    return {}


def control_hold(ctx):
    global HELD
    hold = ctx.body.get("hold")
    if not isinstance(hold, bool):
        raise bad_request("need hold: true or false")
    # Transitions whose time passed while held complete on the next request.
    HELD = hold
    return {}


def control_fail(ctx):
    body = ctx.body
    operation = body.get("operation")
    if operation not in OPERATION_NAMES:
        raise bad_request(f"unknown operation {operation!r}; known: {sorted(OPERATION_NAMES)}")
    error = ApiError(
        int(body.get("status", 500)),
        body.get("errorType", "InternalServerErrorException"),
        body.get("message", "injected by the MSK emulator"),
    )
    INJECTED.setdefault(operation, []).extend([error] * int(body.get("count", 1)))
    return {}


def control_fail_operation(ctx):
    body = ctx.body
    operation = body.get("operation")
    if operation not in UPDATE_OPERATIONS:
        raise bad_request(
            f"unknown update operation {operation!r}; known: {sorted(UPDATE_OPERATIONS)}"
        )
    code, text = body.get("errorCode"), body.get("errorString")
    if not isinstance(code, str) or not isinstance(text, str):
        raise bad_request("need errorCode and errorString (strings)")
    info = {"errorCode": code, "errorString": text}
    FAILING_OPERATIONS.setdefault(operation, []).extend([info] * int(body.get("count", 1)))
    return {}


def control_partitions(ctx):
    name = ctx.body.get("clusterName")
    replicas = ctx.body.get("replicas")
    if not name or not isinstance(replicas, dict):
        raise bad_request("need clusterName and replicas ({brokerId: count})")
    PARTITIONS[name] = {int(k): int(v) for k, v in replicas.items()}
    return {}


# --- intelligent rebalancing, broker reboots, Kafka versions ---------------------
#
# Intelligent rebalancing ("Intelligent rebalancing for clusters" in the MSK
# developer guide) exists only on provisioned clusters with Express brokers and
# is ACTIVE by default on new ones; UpdateRebalancing on any other cluster is a
# BadRequestException. DescribeCluster(V2) reports it as
# provisioned.rebalancing.status (ACTIVE | PAUSED) on Express clusters only.
# The operation type of UpdateRebalancing (UPDATE_REBALANCING here) was not
# checked against AWS output.
#
# RebootBroker ("Reboot a broker for an Amazon MSK cluster") takes exactly one
# broker id, needs an ACTIVE cluster, turns it REBOOTING_BROKER and starts a
# REBOOT_NODE operation; it quotes no current version and changes none.
#
# UpdateClusterKafkaVersion starts UPDATE_CLUSTER_KAFKA_VERSION and refuses a
# target GetCompatibleKafkaVersions does not list for the cluster's version.

# MSK's versions in release order. ZooKeeper-mode versions move only to later
# ZooKeeper-mode versions and KRaft ones only to later KRaft ones (MSK has no
# in-place migration between the two); 2.8.2.tiered only to 3.6.0 and later.
KAFKA_VERSIONS = [
    "2.6.0", "2.6.1", "2.6.2", "2.6.3", "2.7.0", "2.7.1", "2.7.2", "2.8.0", "2.8.1",
    "2.8.2.tiered", "3.1.1", "3.2.0", "3.3.1", "3.3.2", "3.4.0", "3.5.1", "3.6.0",
    "3.7.x", "3.7.x.kraft", "3.8.x", "3.8.x.kraft", "3.9.x", "3.9.x.kraft", "4.0.x.kraft",
    "4.1.x.kraft",
]


def compatible_targets(source):
    if source not in KAFKA_VERSIONS:
        return []
    kraft = source.endswith(".kraft")
    # Just below 3.6.0: a tiered 2.8.2 moves to 3.6.0 and later.
    floor = (3, 5, 99) if source == "2.8.2.tiered" else version_tuple(source)
    return [
        v for v in KAFKA_VERSIONS
        if v != "2.8.2.tiered" and v.endswith(".kraft") == kraft and version_tuple(v) > floor
    ]


def is_express_cluster(cluster):
    return (node_group(cluster).get("instanceType") or "").startswith("express.")


def initial_rebalancing(cluster):
    if cluster.cluster_type != "PROVISIONED" or not is_express_cluster(cluster):
        return None
    return "ACTIVE"


def add_rebalancing(cluster, info):
    status = (EXTRA.get(cluster.arn) or {}).get("rebalancing")
    if status is None:
        return
    if "provisioned" in info:
        info["provisioned"]["rebalancing"] = {"status": status}
    else:
        info["rebalancing"] = {"status": status}


def update_rebalancing(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    extra = EXTRA[cluster.arn]
    if extra.get("rebalancing") is None:
        raise bad_request(
            "Intelligent rebalancing is available only for MSK Provisioned clusters with "
            "Express brokers."
        )
    check_updatable(cluster, ctx.body)
    status = (ctx.body.get("rebalancing") or {}).get("status")
    if status not in ("ACTIVE", "PAUSED"):
        raise bad_request("rebalancing.status must be ACTIVE or PAUSED.")

    def apply(c):
        EXTRA[c.arn]["rebalancing"] = status

    return update(
        ctx, arn, "UPDATE_REBALANCING",
        lambda c: {"rebalancing": {"status": EXTRA[c.arn]["rebalancing"]}},
        {"rebalancing": {"status": status}}, apply,
    )


def reboot_broker(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    ids = ctx.body.get("brokerIds")
    if not isinstance(ids, list) or len(ids) != 1:
        raise bad_request("brokerIds must list exactly one broker: MSK reboots one broker at a time.")
    if cluster.state != "ACTIVE":
        raise bad_request(
            f"The request is not valid because the cluster is in the {cluster.state} state. "
            "Wait for the cluster to be ACTIVE before you reboot a broker."
        )
    broker = str(ids[0])
    if not broker.isdigit() or int(broker) not in node_ids(cluster):
        raise bad_request(f"The cluster has no broker with id {broker}.")
    failing = FAILING_OPERATIONS.get(ctx.operation_name)
    fail = failing.pop(0) if failing else None
    op_arn = start_operation(
        cluster, "REBOOT_NODE", None, {"brokerIds": [broker]}, state="REBOOTING_BROKER",
        fail=fail,
    )
    return {"clusterArn": arn, "clusterOperationArn": op_arn}


def get_compatible_kafka_versions(ctx):
    arn = ctx.query.get("clusterArn")
    if arn:
        cluster = get_cluster(ctx.region, arn)
        sources = [cluster.kafka_version]
    else:
        sources = KAFKA_VERSIONS
    return {
        "compatibleKafkaVersions": [
            {"sourceVersion": s, "targetVersions": compatible_targets(s)} for s in sources
        ]
    }


def update_cluster_kafka_version(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    target = ctx.body.get("targetKafkaVersion")
    check_updatable(cluster, ctx.body)
    if not target:
        raise bad_request("targetKafkaVersion is a required parameter.")
    allowed = compatible_targets(cluster.kafka_version)
    if target not in allowed:
        raise bad_request(
            f"The target Kafka version {target} is not compatible with the cluster's "
            f"version {cluster.kafka_version}. Compatible versions: {', '.join(allowed) or 'none'}."
        )
    info = ctx.body.get("configurationInfo")

    def apply(c):
        c.kafka_version = target
        if info:
            c.configuration_info = {"arn": info.get("arn"), "revision": info.get("revision")}

    return update(
        ctx, arn, "UPDATE_CLUSTER_KAFKA_VERSION",
        lambda c: {"kafkaVersion": c.kafka_version},
        {"kafkaVersion": target}, apply,
    )


# --- topics (ListTopics, DescribeTopic, DescribeTopicPartitions, CreateTopic,
# UpdateTopic, DeleteTopic) ------------------------------------------------------
#
# Shapes from the service model as aws-sdk-kafka 1.134 serialises it:
# GET/POST v1/clusters/{ClusterArn}/topics, GET/PUT/DELETE
# v1/clusters/{ClusterArn}/topics/{TopicName}, GET .../partitions; members
# topicName, partitionCount, replicationFactor, configs (Base64 of a JSON
# object of config keys to string values), status (CREATING | UPDATING |
# DELETING | ACTIVE), topicArn; ListTopics lists topicName, topicArn,
# partitionCount, replicationFactor, outOfSyncReplicaCount.
#
# AWS documents these reads as eventually consistent. Here every change is
# recorded with its time, and reads show the newest state at least
# TOPIC_LAG seconds old (POST /_emulator/topic-lag {"seconds": N}), while
# the writes themselves check the true, newest state: a second CreateTopic
# of the same name is a ConflictException even before reads show the first.

# Per cluster ARN, per topic name: [(monotonic time, state or None)].
TOPICS = {}
TOPIC_LAG = 0.0
TOPIC_NAME = re.compile(r"^[a-zA-Z0-9._-]{1,249}$")
NUMERIC_CONFIGS = {
    "retention.ms", "retention.bytes", "segment.bytes", "segment.ms",
    "min.insync.replicas", "max.message.bytes", "local.retention.ms",
    "local.retention.bytes", "delete.retention.ms", "min.compaction.lag.ms",
}


def topic_history(arn, name):
    return TOPICS.setdefault(arn, {}).setdefault(name, [])


def topic_now(arn, name):
    history = TOPICS.get(arn, {}).get(name) or []
    return history[-1][1] if history else None


def topic_seen(arn, name):
    cutoff = time.monotonic() - TOPIC_LAG
    seen = None
    for at, state in TOPICS.get(arn, {}).get(name) or []:
        if at <= cutoff:
            seen = state
    return seen


def record_topic(arn, name, state):
    topic_history(arn, name).append((time.monotonic(), state))


def topic_arn(cluster, name):
    return cluster.arn.replace(":cluster/", ":topic/", 1) + "/" + name


def decode_topic_configs(encoded):
    try:
        configs = json.loads(base64.b64decode(encoded, validate=True))
    except ValueError:
        raise bad_request("configs must be a Base64-encoded JSON object.")
    if not isinstance(configs, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in configs.items()
    ):
        raise bad_request("configs must be a JSON object of strings.")
    for key, value in configs.items():
        if not re.match(r"^[a-z0-9._]+$", key):
            raise bad_request(f"Invalid topic config key {key!r}.")
        if key in NUMERIC_CONFIGS and not re.match(r"^-?\d+$", value):
            raise bad_request(f"Invalid value {value} for configuration {key}.")
    return configs


def encode_topic_configs(configs):
    return base64.b64encode(json.dumps(configs, sort_keys=True).encode()).decode()


def positive(body, member):
    value = body.get(member)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise bad_request(f"{member} must be a positive integer.")
    return value


def require_seen(cluster, name):
    state = topic_seen(cluster.arn, name)
    if state is None:
        raise not_found(f"Topic {name} does not exist in cluster {cluster.arn}.")
    return state


def list_topics(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    prefix = ctx.query.get("topicNameFilter") or ""
    rows = []
    for name in sorted(TOPICS.get(cluster.arn, {})):
        state = topic_seen(cluster.arn, name)
        if state is None or not name.startswith(prefix):
            continue
        rows.append({
            "topicArn": topic_arn(cluster, name),
            "topicName": name,
            "partitionCount": state["partitionCount"],
            "replicationFactor": state["replicationFactor"],
            "outOfSyncReplicaCount": 0,
        })
    return paginate(ctx, rows, "topics")


def describe_topic(ctx, arn, name):
    cluster = get_cluster(ctx.region, arn)
    state = require_seen(cluster, name)
    return {
        "topicArn": topic_arn(cluster, name),
        "topicName": name,
        "partitionCount": state["partitionCount"],
        "replicationFactor": state["replicationFactor"],
        "configs": encode_topic_configs(state["configs"]),
        "status": "ACTIVE",
    }


def describe_topic_partitions(ctx, arn, name):
    cluster = get_cluster(ctx.region, arn)
    state = require_seen(cluster, name)
    brokers = node_ids(cluster) or list(range(1, cluster.number_of_broker_nodes + 1))
    rows = []
    for p in range(state["partitionCount"]):
        replicas = [brokers[(p + i) % len(brokers)] for i in range(state["replicationFactor"])]
        rows.append({"partition": p, "leader": replicas[0], "replicas": replicas, "isr": replicas})
    return paginate(ctx, rows, "partitions")


def create_topic(ctx, arn):
    cluster = get_cluster(ctx.region, arn)
    name = ctx.body.get("topicName")
    if not isinstance(name, str) or not TOPIC_NAME.match(name) or name in (".", ".."):
        raise bad_request(f"Invalid topic name {name!r}.")
    partitions = positive(ctx.body, "partitionCount")
    replication = positive(ctx.body, "replicationFactor")
    brokers = len(node_ids(cluster)) or cluster.number_of_broker_nodes
    if replication > brokers:
        raise bad_request(
            f"Replication factor: {replication} larger than available brokers: {brokers}."
        )
    configs = decode_topic_configs(ctx.body["configs"]) if ctx.body.get("configs") else {}
    if topic_now(cluster.arn, name) is not None:
        raise conflict(f"Topic {name} already exists.")
    record_topic(cluster.arn, name, {
        "partitionCount": partitions, "replicationFactor": replication, "configs": configs,
    })
    return {"topicArn": topic_arn(cluster, name), "topicName": name, "status": "CREATING"}


def update_topic(ctx, arn, name):
    cluster = get_cluster(ctx.region, arn)
    state = topic_now(cluster.arn, name)
    if state is None:
        raise not_found(f"Topic {name} does not exist in cluster {cluster.arn}.")
    if "partitionCount" not in ctx.body and "configs" not in ctx.body:
        raise bad_request("Give partitionCount or configs.")
    new = dict(state)
    if "partitionCount" in ctx.body:
        partitions = positive(ctx.body, "partitionCount")
        if partitions < state["partitionCount"]:
            raise bad_request(
                f"The number of partitions of topic {name} can only be increased "
                f"(it has {state['partitionCount']})."
            )
        if partitions == state["partitionCount"]:
            raise bad_request(f"Topic {name} already has {partitions} partitions.")
        new["partitionCount"] = partitions
    if "configs" in ctx.body:
        # The topic's configs as a whole, as mskctl sends them.
        new["configs"] = decode_topic_configs(ctx.body["configs"] or "e30=")
    record_topic(cluster.arn, name, new)
    return {"topicArn": topic_arn(cluster, name), "topicName": name, "status": "UPDATING"}


def delete_topic(ctx, arn, name):
    cluster = get_cluster(ctx.region, arn)
    if topic_now(cluster.arn, name) is None:
        raise not_found(f"Topic {name} does not exist in cluster {cluster.arn}.")
    record_topic(cluster.arn, name, None)
    return {"topicArn": topic_arn(cluster, name), "topicName": name, "status": "DELETING"}


def control_topic_lag(ctx):
    global TOPIC_LAG
    seconds = ctx.body.get("seconds")
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
        raise bad_request("need seconds: a number >= 0")
    TOPIC_LAG = float(seconds)
    return {}


# --- routing ----------------------------------------------------------------------

ROUTES = [
    ("POST", "v1/clusters", "CreateCluster", create_cluster),
    ("GET", "v1/clusters", "ListClusters", list_clusters),
    ("POST", "api/v2/clusters", "CreateClusterV2", create_cluster_v2),
    ("GET", "api/v2/clusters", "ListClustersV2", list_clusters_v2),
    ("GET", "v1/clusters/*", "DescribeCluster", describe_cluster),
    ("DELETE", "v1/clusters/*", "DeleteCluster", delete_cluster),
    ("GET", "api/v2/clusters/*", "DescribeClusterV2", describe_cluster_v2),
    ("GET", "v1/clusters/*/bootstrap-brokers", "GetBootstrapBrokers", get_bootstrap_brokers),
    ("GET", "v1/clusters/*/nodes", "ListNodes", list_nodes),
    ("PUT", "v1/clusters/*/nodes/count", "UpdateBrokerCount", update_broker_count),
    ("PUT", "v1/clusters/*/nodes/storage", "UpdateBrokerStorage", update_broker_storage),
    ("PUT", "v1/clusters/*/nodes/type", "UpdateBrokerType", update_broker_type),
    ("PUT", "v1/clusters/*/storage", "UpdateStorage", update_storage),
    ("PUT", "v1/clusters/*/configuration", "UpdateClusterConfiguration", update_cluster_configuration),
    ("PUT", "v1/clusters/*/monitoring", "UpdateMonitoring", update_monitoring),
    ("PATCH", "v1/clusters/*/security", "UpdateSecurity", update_security),
    ("PUT", "v1/clusters/*/connectivity", "UpdateConnectivity", update_connectivity),
    ("GET", "v1/clusters/*/operations", "ListClusterOperations", list_cluster_operations),
    ("GET", "api/v2/clusters/*/operations", "ListClusterOperationsV2", list_cluster_operations_v2),
    ("GET", "v1/operations/*", "DescribeClusterOperation", describe_cluster_operation),
    ("GET", "api/v2/operations/*", "DescribeClusterOperationV2", describe_cluster_operation_v2),
    ("POST", "v1/configurations", "CreateConfiguration", create_configuration),
    ("GET", "v1/configurations", "ListConfigurations", list_configurations),
    ("GET", "v1/configurations/*", "DescribeConfiguration", describe_configuration),
    ("PUT", "v1/configurations/*", "UpdateConfiguration", update_configuration),
    ("DELETE", "v1/configurations/*", "DeleteConfiguration", delete_configuration),
    ("GET", "v1/configurations/*/revisions", "ListConfigurationRevisions", list_configuration_revisions),
    ("GET", "v1/configurations/*/revisions/*", "DescribeConfigurationRevision", describe_configuration_revision),
    ("GET", "v1/clusters/*/scram-secrets", "ListScramSecrets", list_scram_secrets),
    ("POST", "v1/clusters/*/scram-secrets", "BatchAssociateScramSecret", batch_associate_scram_secret),
    ("PATCH", "v1/clusters/*/scram-secrets", "BatchDisassociateScramSecret", batch_disassociate_scram_secret),
    ("GET", "v1/tags/*", "ListTagsForResource", list_tags),
    ("POST", "v1/tags/*", "TagResource", tag_resource),
    ("DELETE", "v1/tags/*", "UntagResource", untag_resource),
    ("PUT", "v1/clusters/*/rebalancing", "UpdateRebalancing", update_rebalancing),
    ("PUT", "v1/clusters/*/reboot-broker", "RebootBroker", reboot_broker),
    ("GET", "v1/compatible-kafka-versions", "GetCompatibleKafkaVersions", get_compatible_kafka_versions),
    ("PUT", "v1/clusters/*/version", "UpdateClusterKafkaVersion", update_cluster_kafka_version),
    ("GET", "v1/clusters/*/topics", "ListTopics", list_topics),
    ("POST", "v1/clusters/*/topics", "CreateTopic", create_topic),
    ("GET", "v1/clusters/*/topics/*", "DescribeTopic", describe_topic),
    ("PUT", "v1/clusters/*/topics/*", "UpdateTopic", update_topic),
    ("DELETE", "v1/clusters/*/topics/*", "DeleteTopic", delete_topic),
    ("GET", "v1/clusters/*/topics/*/partitions", "DescribeTopicPartitions", describe_topic_partitions),
    ("POST", "_emulator/bootstrap", None, control_bootstrap),
    ("POST", "_emulator/fail", None, control_fail),
    ("POST", "_emulator/hold", None, control_hold),
    ("POST", "_emulator/fail-operation", None, control_fail_operation),
    ("POST", "_emulator/partitions", None, control_partitions),
    ("POST", "_emulator/topic-lag", None, control_topic_lag),
]
OPERATION_NAMES = {name for _, _, name, _ in ROUTES if name}
# The calls that start a cluster operation through update().
UPDATE_OPERATIONS = {
    "UpdateBrokerCount", "UpdateBrokerStorage", "UpdateBrokerType",
    "UpdateClusterConfiguration", "UpdateMonitoring", "UpdateSecurity", "UpdateConnectivity",
    "UpdateStorage",
    "UpdateRebalancing", "RebootBroker", "UpdateClusterKafkaVersion",
}


def route(method, segments):
    for route_method, pattern, name, handler in ROUTES:
        parts = pattern.split("/")
        if route_method != method or len(parts) != len(segments):
            continue
        if all(p == "*" or p == s for p, s in zip(parts, segments)):
            args = [s for p, s in zip(parts, segments) if p == "*"]
            return name, handler, args
    return None


class Context:
    def __init__(self, region, headers, query, body, operation_name=None):
        self.operation_name = operation_name
        self.region = region
        self.headers = headers
        self.query_all = query
        self.query = {k: v[-1] for k, v in query.items()}
        self.body = body


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "msk-emulator"

    def handle_any(self):
        url = urlsplit(self.path)
        # Split before unquoting: ARNs in the path have their '/' escaped.
        segments = [unquote(s) for s in url.path.strip("/").split("/")]
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            found = route(self.command, segments)
            if found is None:
                raise ApiError(
                    501, "NotImplementedException",
                    f"the MSK emulator does not implement {self.command} {url.path}",
                )
            name, handler, args = found
            try:
                body = json.loads(raw) if raw.strip() else {}
            except ValueError:
                raise bad_request("The request body is not valid JSON.")
            if not isinstance(body, dict):
                raise bad_request("The request body must be a JSON object.")
            ctx = Context(region_of(self.headers), self.headers, parse_qs(url.query), body, name)
            with LOCK:
                if name and INJECTED.get(name):
                    raise INJECTED[name].pop(0)
                advance(ctx.region)
                result = handler(ctx, *args)
            self.reply(200, fix_times(result) if result is not None else {})
        except ApiError as e:
            self.reply(e.status, {"message": e.message}, e.error_type)
        except Exception as e:  # a bug here must reach the test as a 500, not a hang
            self.log_error("internal error: %r", e)
            self.reply(500, {"message": f"emulator bug: {e!r}"}, "InternalServerErrorException")

    def reply(self, status, payload, error_type=None):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        if error_type:
            self.send_header("x-amzn-ErrorType", error_type)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


def main():
    global TRANSITION, DEFAULT_BOOTSTRAP
    parser = argparse.ArgumentParser(description="Amazon MSK API emulator for tests")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="written (atomically) with the port once listening")
    parser.add_argument("--transition", type=float, default=1.0,
                        help="seconds each CREATING/UPDATING/DELETING state lasts")
    parser.add_argument("--bootstrap", help="HOST:PORT[,...] reported by GetBootstrapBrokers")
    args = parser.parse_args()
    TRANSITION = args.transition
    DEFAULT_BOOTSTRAP = args.bootstrap

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    if args.port_file:
        partial = args.port_file + ".partial"
        with open(partial, "w") as f:
            f.write(f"{port}\n")
        os.replace(partial, args.port_file)
    print(port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
