//! Carries out a cluster plan one step at a time.
//!
//! MSK runs one operation per cluster and rejects an update quoting a stale
//! current version, so before every update the cluster is read again: that
//! gives the fresh version, shows whether another operation is still
//! running (then it is waited for first), and lets a step that is already
//! in place be skipped. After each call the executor waits for the
//! operation MSK started to end: a failed update leaves the cluster ACTIVE,
//! so only the operation (UPDATE_COMPLETE or UPDATE_FAILED with its error)
//! tells whether the step was done.
//!
//! A failure stops the run and names the steps done and not done. Running
//! plan/apply again converges: the plan is recomputed from the live state.

use std::time::Duration;

use super::control::{ClusterControl, WaitStatus};
use super::model::{ClusterInfo, ClusterState};
use super::plan::{plan_cluster, ClusterChange, ClusterPlan, ClusterStep, DesiredCluster};

/// What the executor reports as it goes, for a progress line or spinner.
#[derive(Debug, Clone, PartialEq)]
pub enum ApplyProgress {
    /// Step `index` (0-based) of `total` is about to be sent.
    Started {
        index: usize,
        total: usize,
        description: String,
    },
    /// The cluster already has what the step asks for; nothing was sent.
    Skipped { index: usize, description: String },
    /// Waiting for another operation to finish before the step can start.
    Busy { state: ClusterState },
    /// A poll while waiting for ACTIVE.
    Waiting(WaitStatus),
    /// The step's operation finished and the cluster is ACTIVE again.
    Finished { index: usize, description: String },
}

/// What a completed run did.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterReport {
    pub cluster: String,
    pub arn: Option<String>,
    /// Descriptions of the steps carried out, in order.
    pub done: Vec<String>,
    /// Steps skipped because the cluster already had what they asked for.
    pub skipped: Vec<String>,
    /// The cluster as the last wait left it.
    pub last: Option<ClusterInfo>,
    /// The ARNs of the MSK operations the steps started, in order.
    pub operations: Vec<String>,
}

/// Why a run stopped, with what it did before that. Returned inside
/// `anyhow::Error`; downcast to read the lists.
#[derive(Debug)]
pub struct ClusterApplyError {
    pub cluster: String,
    pub done: Vec<String>,
    /// The failed step first, then the ones never started.
    pub not_done: Vec<String>,
    pub cause: anyhow::Error,
}

impl std::fmt::Display for ClusterApplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = crate::error::indented_list;
        write!(
            f,
            "cluster '{}': {:#}\ndone ({}):\n{}\nnot done ({}):\n{}\nOnce the cause is fixed, run the same command again: it starts from the cluster as it is, so only what is still missing is done.",
            self.cluster,
            self.cause,
            self.done.len(),
            list(&self.done),
            self.not_done.len(),
            list(&self.not_done)
        )
    }
}

impl std::error::Error for ClusterApplyError {}

/// Reads each declared cluster and plans it, in the manifests' order.
pub async fn observe_and_plan<C: ClusterControl>(
    control: &C,
    desired: &[DesiredCluster],
) -> anyhow::Result<Vec<ClusterPlan>> {
    let mut plans = Vec::with_capacity(desired.len());
    for d in desired {
        let mut observed = control.find(&d.spec.name).await?;
        // A version change is judged from what MSK says the cluster can
        // move to; read only when one is asked for.
        if let Some(o) = observed.as_mut() {
            if o.kafka_version != d.spec.kafka_version {
                o.compatible_kafka_versions =
                    Some(control.compatible_kafka_versions(&o.arn).await?);
            }
            // Secrets are listed only when declared, and only where MSK
            // can have any (SCRAM on).
            if d.spec.scram_secrets.is_some() && o.client_auth.scram {
                o.scram_secrets = Some(control.scram_secrets(&o.arn).await?);
            }
        }
        plans.push(plan_cluster(&d.spec, observed.as_ref()));
    }
    Ok(plans)
}

/// States that end by themselves; an update waits for them to pass.
fn transient(state: &ClusterState) -> bool {
    matches!(
        state,
        ClusterState::Creating
            | ClusterState::Updating
            | ClusterState::Maintenance
            | ClusterState::HealingAndMaintenance
            | ClusterState::RebootingBroker
    )
}

/// Executes `plan` against `control`. Each wait for ACTIVE may take up to
/// `timeout`. A plan with refusals is not started at all.
pub async fn apply_cluster_plan<C: ClusterControl>(
    control: &C,
    plan: &ClusterPlan,
    timeout: Duration,
    progress: &mut (dyn FnMut(&ApplyProgress) + Send),
) -> anyhow::Result<ClusterReport> {
    if !plan.refused.is_empty() {
        let reasons: Vec<String> = plan
            .refused
            .iter()
            .map(|r| format!("  {}: {}", r.field, r.reason))
            .collect();
        anyhow::bail!(
            "cluster '{}': the plan has changes that cannot be applied; nothing was changed\n{}",
            plan.cluster,
            reasons.join("\n")
        );
    }
    let mut report = ClusterReport {
        cluster: plan.cluster.clone(),
        arn: plan.arn.clone(),
        done: Vec::new(),
        skipped: Vec::new(),
        last: None,
        operations: Vec::new(),
    };
    let total = plan.steps.len();
    for (index, step) in plan.steps.iter().enumerate() {
        if let Err(cause) =
            run_step(control, step, index, total, timeout, progress, &mut report).await
        {
            return Err(ClusterApplyError {
                cluster: plan.cluster.clone(),
                done: report.done,
                not_done: plan.steps[index..]
                    .iter()
                    .map(|s| s.description.clone())
                    .collect(),
                cause,
            }
            .into());
        }
    }
    Ok(report)
}

async fn run_step<C: ClusterControl>(
    control: &C,
    step: &ClusterStep,
    index: usize,
    total: usize,
    timeout: Duration,
    progress: &mut (dyn FnMut(&ApplyProgress) + Send),
    report: &mut ClusterReport,
) -> anyhow::Result<()> {
    let description = step.description.clone();
    if let ClusterChange::Create { spec } = &step.change {
        // The cluster may have appeared since the plan was made (a second
        // apply racing this one): never create a duplicate.
        if let Some(existing) = control.find(&spec.name).await? {
            anyhow::bail!(
                "cluster '{}' already exists ({}, {}); run plan again",
                spec.name,
                existing.arn,
                existing.state
            );
        }
        progress(&ApplyProgress::Started {
            index,
            total,
            description: description.clone(),
        });
        let arn = control.create(spec).await?;
        report.arn = Some(arn.clone());
        let info = wait_active(control, &arn, timeout, progress).await?;
        report.last = Some(info);
        report.done.push(description.clone());
        progress(&ApplyProgress::Finished { index, description });
        return Ok(());
    }

    let info = ready(control, &report.cluster, timeout, progress).await?;
    if step.change.satisfied_by(&info) {
        report.skipped.push(description.clone());
        report.last = Some(info);
        progress(&ApplyProgress::Skipped { index, description });
        return Ok(());
    }
    progress(&ApplyProgress::Started {
        index,
        total,
        description: description.clone(),
    });
    if let ClusterChange::ScramSecrets {
        associate,
        disassociate,
    } = &step.change
    {
        // No operation: the batch calls take effect at once. What MSK did
        // not process stops the apply with its reasons.
        let mut failed = Vec::new();
        if !associate.is_empty() {
            failed.extend(
                control
                    .associate_scram_secrets(&info.arn, associate)
                    .await?,
            );
        }
        if !disassociate.is_empty() {
            failed.extend(
                control
                    .disassociate_scram_secrets(&info.arn, disassociate)
                    .await?,
            );
        }
        if !failed.is_empty() {
            anyhow::bail!(
                "MSK did not process these SCRAM secrets:\n{}",
                failed.join("\n")
            );
        }
        report.arn = Some(info.arn.clone());
        report.last = Some(info);
        report.done.push(description.clone());
        progress(&ApplyProgress::Finished { index, description });
        return Ok(());
    }
    if let ClusterChange::Tags { set, remove } = &step.change {
        // Tags take effect at once: no operation, no version, no wait.
        if !set.is_empty() {
            control.tag(&info.arn, set).await?;
        }
        if !remove.is_empty() {
            control.untag(&info.arn, remove).await?;
        }
        report.arn = Some(info.arn.clone());
        report.last = Some(info);
        report.done.push(description.clone());
        progress(&ApplyProgress::Finished { index, description });
        return Ok(());
    }
    let operation = start_update(control, &info, &step.change).await?;
    report.operations.push(operation.clone());
    let mut forward = |s: &WaitStatus| progress(&ApplyProgress::Waiting(s.clone()));
    let after = control
        .wait_for_operation(&info.arn, &operation, timeout, &mut forward)
        .await?;
    report.arn = Some(after.arn.clone());
    report.last = Some(after);
    report.done.push(description.clone());
    progress(&ApplyProgress::Finished { index, description });
    Ok(())
}

/// Sends the update for one change to the cluster as `info` read it (its
/// current version must be fresh) and returns the ARN of the operation MSK
/// started.
pub async fn start_update<C: ClusterControl>(
    control: &C,
    info: &ClusterInfo,
    change: &ClusterChange,
) -> anyhow::Result<String> {
    let (arn, version) = (info.arn.as_str(), info.current_version.as_str());
    match change {
        ClusterChange::Create { .. } => {
            anyhow::bail!("cluster '{}' already exists", info.name)
        }
        ClusterChange::Storage { to_gib, .. } => {
            control.update_storage(arn, version, *to_gib).await
        }
        ClusterChange::BrokerType { to, .. } => control.update_broker_type(arn, version, to).await,
        ClusterChange::BrokerCount { to, .. } => {
            control.update_broker_count(arn, version, *to).await
        }
        ClusterChange::Configuration { to, .. } => {
            control.update_configuration(arn, version, to).await
        }
        ClusterChange::Monitoring { to, .. } => control.update_monitoring(arn, version, to).await,
        ClusterChange::Tags { .. } => {
            anyhow::bail!("tags are changed without a cluster operation (TagResource)")
        }
        ClusterChange::KafkaVersion { to, .. } => {
            control.update_kafka_version(arn, version, to).await
        }
        ClusterChange::Security {
            to_auth,
            to_client_broker,
            ..
        } => {
            control
                .update_security(arn, version, to_auth, *to_client_broker)
                .await
        }
        ClusterChange::PublicAccess { to } => control.update_public_access(arn, version, *to).await,
        ClusterChange::ScramSecrets { .. } => {
            anyhow::bail!("SCRAM secrets are changed without a cluster operation")
        }
        ClusterChange::StorageSettings {
            storage_mode,
            throughput,
        } => {
            control
                .update_storage_settings(arn, version, storage_mode.as_deref(), throughput.as_ref())
                .await
        }
    }
}

/// The cluster, freshly read and ACTIVE: waits out a running operation,
/// refuses states no update can follow.
async fn ready<C: ClusterControl>(
    control: &C,
    name: &str,
    timeout: Duration,
    progress: &mut (dyn FnMut(&ApplyProgress) + Send),
) -> anyhow::Result<ClusterInfo> {
    let Some(info) = control.find(name).await? else {
        anyhow::bail!("cluster '{name}' no longer exists (deleted since the plan was made?)");
    };
    match &info.state {
        ClusterState::Active => Ok(info),
        s if transient(s) => {
            progress(&ApplyProgress::Busy { state: s.clone() });
            wait_active(control, &info.arn, timeout, progress).await
        }
        s => {
            anyhow::bail!("cluster '{name}' is {s}; MSK accepts updates only to an ACTIVE cluster")
        }
    }
}

async fn wait_active<C: ClusterControl>(
    control: &C,
    arn: &str,
    timeout: Duration,
    progress: &mut (dyn FnMut(&ApplyProgress) + Send),
) -> anyhow::Result<ClusterInfo> {
    let mut forward = |s: &WaitStatus| progress(&ApplyProgress::Waiting(s.clone()));
    let info = control
        .wait_for_state(arn, ClusterState::Active, timeout, &mut forward)
        .await?;
    if info.state != ClusterState::Active {
        anyhow::bail!(
            "cluster '{}' ended in state {} instead of ACTIVE",
            info.name,
            info.state
        );
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::msk::model::{ClusterSpec, ConfigurationRef, Monitoring};
    use crate::msk::plan::plan_cluster;

    /// An in-memory MSK: updates take effect at once but leave the cluster
    /// UPDATING until waited for, and each bumps the current version.
    #[derive(Default)]
    struct Fake {
        state: Mutex<FakeState>,
    }

    #[derive(Default)]
    struct FakeState {
        cluster: Option<ClusterInfo>,
        calls: Vec<String>,
        /// Fail the n-th update call (0-based, counting updates only).
        fail_update: Option<usize>,
        /// Accept the n-th update but end its operation UPDATE_FAILED, the
        /// cluster unchanged and ACTIVE, as MSK does.
        fail_operation: Option<usize>,
        failed_operations: Vec<String>,
        secrets: Vec<String>,
        updates: usize,
        /// The state `find` reports the first time (an operation already
        /// running).
        busy_once: Option<ClusterState>,
        version: u32,
    }

    fn lock(f: &Fake) -> std::sync::MutexGuard<'_, FakeState> {
        f.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    impl Fake {
        fn with(info: ClusterInfo) -> Fake {
            let f = Fake::default();
            lock(&f).cluster = Some(info);
            f
        }

        fn calls(&self) -> Vec<String> {
            lock(self).calls.clone()
        }

        fn update(
            &self,
            arn: &str,
            version: &str,
            call: String,
            apply: impl FnOnce(&mut ClusterInfo),
        ) -> anyhow::Result<String> {
            let mut s = lock(self);
            s.calls.push(format!("{call} @{version}"));
            let n = s.updates;
            s.updates += 1;
            if s.fail_update == Some(n) {
                anyhow::bail!("BadRequestException: injected failure");
            }
            s.version += 1;
            let next = format!("K{}", s.version + 1);
            let op = format!("op-{n}");
            let fail = s.fail_operation == Some(n);
            if fail {
                s.failed_operations.push(op.clone());
            }
            let Some(c) = s.cluster.as_mut() else {
                anyhow::bail!("NotFoundException");
            };
            anyhow::ensure!(c.arn == arn, "NotFoundException: {arn}");
            anyhow::ensure!(
                c.current_version == version,
                "BadRequestException: stale current version {version}, now {}",
                c.current_version
            );
            anyhow::ensure!(c.state == ClusterState::Active, "cluster is {}", c.state);
            if !fail {
                apply(c);
            }
            c.current_version = next;
            c.state = ClusterState::Updating;
            Ok(op)
        }
    }

    impl ClusterControl for Fake {
        async fn find(&self, name: &str) -> anyhow::Result<Option<ClusterInfo>> {
            let mut s = lock(self);
            s.calls.push(format!("find {name}"));
            let busy = s.busy_once.take();
            Ok(s.cluster.clone().filter(|c| c.name == name).map(|mut c| {
                if let Some(b) = busy {
                    c.state = b;
                }
                c
            }))
        }
        async fn create(&self, spec: &ClusterSpec) -> anyhow::Result<String> {
            let mut s = lock(self);
            s.calls.push(format!("create {}", spec.name));
            let mut info = info_of(spec);
            info.state = ClusterState::Creating;
            s.cluster = Some(info);
            Ok(ARN.into())
        }
        async fn update_broker_count(&self, a: &str, v: &str, n: i32) -> anyhow::Result<String> {
            self.update(a, v, format!("broker_count {n}"), |c| c.broker_count = n)
        }
        async fn update_storage(&self, a: &str, v: &str, g: i32) -> anyhow::Result<String> {
            self.update(a, v, format!("storage {g}"), |c| c.storage_gib = g)
        }
        async fn update_broker_type(&self, a: &str, v: &str, t: &str) -> anyhow::Result<String> {
            self.update(a, v, format!("broker_type {t}"), |c| {
                c.instance_type = t.into()
            })
        }
        async fn update_configuration(
            &self,
            a: &str,
            v: &str,
            cfg: &ConfigurationRef,
        ) -> anyhow::Result<String> {
            self.update(a, v, format!("configuration {}", cfg.revision), |c| {
                c.configuration = Some(cfg.clone())
            })
        }
        async fn update_monitoring(
            &self,
            a: &str,
            v: &str,
            m: &Monitoring,
        ) -> anyhow::Result<String> {
            self.update(a, v, format!("monitoring {}", m.enhanced), |c| {
                c.monitoring = m.clone()
            })
        }
        async fn tag(
            &self,
            _: &str,
            tags: &std::collections::BTreeMap<String, String>,
        ) -> anyhow::Result<()> {
            let mut s = lock(self);
            s.calls.push(format!(
                "tag {}",
                tags.keys().cloned().collect::<Vec<_>>().join(",")
            ));
            if let Some(c) = s.cluster.as_mut() {
                c.tags.extend(tags.clone());
            }
            Ok(())
        }
        async fn untag(&self, _: &str, keys: &[String]) -> anyhow::Result<()> {
            let mut s = lock(self);
            s.calls.push(format!("untag {}", keys.join(",")));
            if let Some(c) = s.cluster.as_mut() {
                c.tags.retain(|k, _| !keys.contains(k));
            }
            Ok(())
        }
        async fn update_security(
            &self,
            a: &str,
            v: &str,
            auth: &crate::msk::model::ClientAuth,
            cb: crate::msk::model::ClientBrokerEncryption,
        ) -> anyhow::Result<String> {
            self.update(a, v, format!("security {}", cb.as_str()), |c| {
                c.client_auth = auth.clone();
                c.encryption.client_broker = cb;
            })
        }
        async fn update_public_access(&self, a: &str, v: &str, on: bool) -> anyhow::Result<String> {
            self.update(a, v, format!("public_access {on}"), |c| {
                c.public_access = on
            })
        }
        async fn update_storage_settings(
            &self,
            a: &str,
            v: &str,
            mode: Option<&str>,
            t: Option<&crate::msk::model::Throughput>,
        ) -> anyhow::Result<String> {
            self.update(a, v, format!("storage settings {mode:?}"), |c| {
                if let Some(m) = mode {
                    c.storage_mode = Some(m.to_owned());
                }
                if let Some(t) = t {
                    c.provisioned_throughput = t.clone();
                }
            })
        }
        async fn scram_secrets(&self, _: &str) -> anyhow::Result<Vec<String>> {
            Ok(lock(self).secrets.clone())
        }
        async fn associate_scram_secrets(
            &self,
            _: &str,
            secrets: &[String],
        ) -> anyhow::Result<Vec<String>> {
            let mut s = lock(self);
            s.calls.push(format!("associate {}", secrets.join(",")));
            s.secrets.extend(secrets.iter().cloned());
            Ok(Vec::new())
        }
        async fn disassociate_scram_secrets(
            &self,
            _: &str,
            secrets: &[String],
        ) -> anyhow::Result<Vec<String>> {
            let mut s = lock(self);
            s.calls.push(format!("disassociate {}", secrets.join(",")));
            s.secrets.retain(|x| !secrets.contains(x));
            Ok(Vec::new())
        }
        async fn compatible_kafka_versions(&self, _arn: &str) -> anyhow::Result<Vec<String>> {
            lock(self).calls.push("compatible versions".into());
            Ok(vec!["3.7.x".into(), "3.8.x".into()])
        }
        async fn update_kafka_version(&self, a: &str, v: &str, t: &str) -> anyhow::Result<String> {
            self.update(a, v, format!("kafka_version {t}"), |c| {
                c.kafka_version = t.into()
            })
        }
        async fn wait_for_operation(
            &self,
            arn: &str,
            operation: &str,
            _timeout: Duration,
            progress: &mut (dyn FnMut(&WaitStatus) + Send),
        ) -> anyhow::Result<ClusterInfo> {
            let (info, failed) = {
                let mut s = lock(self);
                s.calls.push(format!("wait {operation}"));
                let failed = s.failed_operations.iter().any(|o| o == operation);
                let Some(c) = s.cluster.as_mut() else {
                    anyhow::bail!("NotFoundException: {arn}");
                };
                c.state = ClusterState::Active;
                (c.clone(), failed)
            };
            progress(&WaitStatus {
                cluster: info.name.clone(),
                state: ClusterState::Updating,
                operation: Some(("UPDATE".into(), "UPDATE_IN_PROGRESS".into())),
                elapsed: Duration::from_secs(1),
            });
            if failed {
                return Err(crate::msk::control::OperationFailed {
                    cluster: info.name,
                    operation_arn: operation.into(),
                    operation_type: "UPDATE_BROKER_TYPE".into(),
                    state: "UPDATE_FAILED".into(),
                    error_code: "InternalFailure".into(),
                    error_string: "injected operation failure".into(),
                }
                .into());
            }
            Ok(info)
        }
        async fn wait_for_state(
            &self,
            arn: &str,
            state: ClusterState,
            _timeout: Duration,
            progress: &mut (dyn FnMut(&WaitStatus) + Send),
        ) -> anyhow::Result<ClusterInfo> {
            let info = {
                let mut s = lock(self);
                s.calls.push(format!("wait {state}"));
                let Some(c) = s.cluster.as_mut() else {
                    anyhow::bail!("NotFoundException: {arn}");
                };
                c.state = state;
                c.clone()
            };
            progress(&WaitStatus {
                cluster: info.name.clone(),
                state: info.state.clone(),
                operation: None,
                elapsed: Duration::from_secs(1),
            });
            Ok(info)
        }
    }

    use crate::msk::model::fixtures::{info_of, ARN};

    /// The shared sample, with room for the storage increases below.
    fn spec() -> ClusterSpec {
        ClusterSpec {
            storage_gib: 100,
            ..crate::msk::model::fixtures::spec()
        }
    }

    fn bigger() -> ClusterSpec {
        let mut s = spec();
        s.storage_gib = 200;
        s.instance_type = "kafka.m7g.large".into();
        s.broker_count = 6;
        s.monitoring = Some(Monitoring {
            enhanced: "PER_BROKER".into(),
            ..Monitoring::default()
        });
        s
    }

    fn run<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .map(|rt| rt.block_on(f))
            .unwrap_or_else(|e| panic!("runtime: {e}"))
    }

    async fn apply(
        fake: &Fake,
        plan: &ClusterPlan,
        events: &mut Vec<ApplyProgress>,
    ) -> anyhow::Result<ClusterReport> {
        let mut record = |p: &ApplyProgress| events.push(p.clone());
        apply_cluster_plan(fake, plan, Duration::from_secs(60), &mut record).await
    }

    #[test]
    fn kafka_upgrade_is_observed_planned_and_applied() {
        let fake = Fake::with(info_of(&spec()));
        let mut want = spec();
        want.kafka_version = "3.8.x".into();
        let desired = [DesiredCluster {
            spec: want.clone(),
            source: Default::default(),
        }];
        let plans = run(observe_and_plan(&fake, &desired)).unwrap();
        assert!(fake.calls().contains(&"compatible versions".to_string()));
        assert!(plans[0].refused.is_empty(), "{:?}", plans[0].refused);
        let mut events = Vec::new();
        let report = run(apply(&fake, &plans[0], &mut events)).unwrap();
        assert_eq!(report.done, ["Kafka version 3.6.0 -> 3.8.x"]);
        assert!(fake
            .calls()
            .iter()
            .any(|c| c.starts_with("kafka_version 3.8.x @")));
        // Converged: nothing left to plan, and the versions are not read
        // again when the cluster already runs the wanted one.
        let before = fake.calls().len();
        let again = run(observe_and_plan(&fake, &desired)).unwrap();
        assert!(again[0].is_empty());
        assert!(!fake.calls()[before..].contains(&"compatible versions".to_string()));
    }

    #[test]
    fn observes_then_plans() {
        let fake = Fake::with(info_of(&spec()));
        let mut other = spec();
        other.name = "audit".into();
        let desired: Vec<DesiredCluster> = [bigger(), other]
            .into_iter()
            .map(|spec| DesiredCluster {
                spec,
                source: Default::default(),
            })
            .collect();
        let plans = run(observe_and_plan(&fake, &desired)).unwrap();
        assert_eq!(plans[0].steps.len(), 4);
        assert!(matches!(
            plans[1].steps[0].change,
            ClusterChange::Create { .. }
        ));
        assert_eq!(fake.calls(), ["find orders", "find audit"]);
    }

    #[test]
    fn creates_then_waits_for_active() {
        let fake = Fake::default();
        let plan = plan_cluster(&spec(), None);
        let mut events = Vec::new();
        let report = run(apply(&fake, &plan, &mut events)).unwrap();
        assert_eq!(
            fake.calls(),
            ["find orders", "create orders", "wait ACTIVE"]
        );
        assert_eq!(report.arn.as_deref(), Some(ARN));
        assert_eq!(report.done.len(), 1);
        assert_eq!(report.last.map(|c| c.state), Some(ClusterState::Active));
        assert!(matches!(
            events[0],
            ApplyProgress::Started {
                index: 0,
                total: 1,
                ..
            }
        ));
        assert!(matches!(
            events.last(),
            Some(ApplyProgress::Finished { .. })
        ));
        // Applying the same manifest again changes nothing.
        let live = run(fake.find("orders")).unwrap();
        assert!(plan_cluster(&spec(), live.as_ref()).is_empty());
    }

    #[test]
    fn tags_are_set_and_removed_without_an_operation() {
        let mut live = info_of(&spec());
        live.tags.insert("old".into(), "x".into());
        let fake = Fake::with(live.clone());
        let mut want = spec();
        want.tags.insert("team".into(), "payments".into());
        let plan = plan_cluster(&want, Some(&live));
        let report = run(apply(&fake, &plan, &mut Vec::new())).unwrap();
        assert_eq!(fake.calls(), ["find orders", "tag team", "untag old"]);
        assert_eq!(report.done, ["tags: set team; remove old"]);
        // Converged: a second plan has nothing to do.
        let now = run(fake.find("orders")).unwrap();
        assert!(plan_cluster(&want, now.as_ref()).is_empty());
    }

    #[test]
    fn create_refuses_when_the_cluster_appeared() {
        let fake = Fake::with(info_of(&spec()));
        let plan = plan_cluster(&spec(), None);
        let err = run(apply(&fake, &plan, &mut Vec::new())).unwrap_err();
        assert!(format!("{err:#}").contains("already exists"));
        assert_eq!(fake.calls(), ["find orders"]);
    }

    #[test]
    fn updates_one_at_a_time_with_fresh_versions() {
        let fake = Fake::with(info_of(&spec()));
        let plan = plan_cluster(&bigger(), Some(&info_of(&spec())));
        let report = run(apply(&fake, &plan, &mut Vec::new())).unwrap();
        assert_eq!(
            fake.calls(),
            [
                "find orders",
                "storage 200 @K1",
                "wait op-0",
                "find orders",
                "broker_type kafka.m7g.large @K2",
                "wait op-1",
                "find orders",
                "broker_count 6 @K3",
                "wait op-2",
                "find orders",
                "monitoring PER_BROKER @K4",
                "wait op-3",
            ]
        );
        assert_eq!(report.done.len(), 4);
        let live = run(fake.find("orders")).unwrap();
        assert!(plan_cluster(&bigger(), live.as_ref()).is_empty());
    }

    #[test]
    fn failure_names_done_and_not_done_and_rerun_converges() {
        let fake = Fake::with(info_of(&spec()));
        lock(&fake).fail_update = Some(1);
        let plan = plan_cluster(&bigger(), Some(&info_of(&spec())));
        let err = run(apply(&fake, &plan, &mut Vec::new())).unwrap_err();
        let e = err
            .downcast_ref::<ClusterApplyError>()
            .unwrap_or_else(|| panic!("not a ClusterApplyError: {err:#}"));
        assert_eq!(e.done, ["storage per broker 100 GiB -> 200 GiB"]);
        assert_eq!(
            e.not_done,
            [
                "broker type kafka.m5.large -> kafka.m7g.large",
                "broker count 3 -> 6",
                "monitoring DEFAULT -> PER_BROKER"
            ]
        );
        let text = err.to_string();
        assert!(text.contains("injected failure"));
        assert!(text.contains("done (1)") && text.contains("not done (3)"));

        // The next run plans from the live cluster: storage is not redone.
        let live = run(fake.find("orders")).unwrap();
        let again = plan_cluster(&bigger(), live.as_ref());
        assert_eq!(again.steps.len(), 3);
        let report = run(apply(&fake, &again, &mut Vec::new())).unwrap();
        assert_eq!(report.done.len(), 3);
        let live = run(fake.find("orders")).unwrap();
        assert!(plan_cluster(&bigger(), live.as_ref()).is_empty());
    }

    #[test]
    fn a_failed_operation_stops_the_run_with_msk_error() {
        let fake = Fake::with(info_of(&spec()));
        lock(&fake).fail_operation = Some(1);
        let plan = plan_cluster(&bigger(), Some(&info_of(&spec())));
        let err = run(apply(&fake, &plan, &mut Vec::new())).unwrap_err();
        let e = err
            .downcast_ref::<ClusterApplyError>()
            .unwrap_or_else(|| panic!("not a ClusterApplyError: {err:#}"));
        // The cluster is ACTIVE again, but the type step was not done.
        assert_eq!(e.done, ["storage per broker 100 GiB -> 200 GiB"]);
        assert_eq!(e.not_done.len(), 3);
        assert_eq!(
            e.not_done[0],
            "broker type kafka.m5.large -> kafka.m7g.large"
        );
        let text = err.to_string();
        assert!(text.contains("UPDATE_FAILED"), "{text}");
        assert!(
            text.contains("InternalFailure: injected operation failure"),
            "{text}"
        );
        let live = run(fake.find("orders")).unwrap().unwrap();
        assert_eq!(live.instance_type, "kafka.m5.large");
        assert!(!fake.calls().iter().any(|c| c.starts_with("broker_count")));
    }

    #[test]
    fn waits_for_a_running_operation_first() {
        let fake = Fake::with(info_of(&spec()));
        lock(&fake).busy_once = Some(ClusterState::Updating);
        let mut s = spec();
        s.storage_gib = 150;
        let plan = plan_cluster(&s, Some(&info_of(&spec())));
        let mut events = Vec::new();
        run(apply(&fake, &plan, &mut events)).unwrap();
        assert_eq!(
            fake.calls(),
            ["find orders", "wait ACTIVE", "storage 150 @K1", "wait op-0"]
        );
        assert!(events.contains(&ApplyProgress::Busy {
            state: ClusterState::Updating
        }));
        assert!(events
            .iter()
            .any(|e| matches!(e, ApplyProgress::Waiting(_))));
    }

    #[test]
    fn steps_already_in_place_are_skipped() {
        let mut now = info_of(&spec());
        now.storage_gib = 200;
        let fake = Fake::with(now);
        let mut s = spec();
        s.storage_gib = 200;
        let plan = plan_cluster(&s, Some(&info_of(&spec())));
        let report = run(apply(&fake, &plan, &mut Vec::new())).unwrap();
        assert_eq!(report.skipped.len(), 1);
        assert!(report.done.is_empty());
        assert_eq!(fake.calls(), ["find orders"]);
    }

    #[test]
    fn failed_cluster_stops_the_run() {
        let mut now = info_of(&spec());
        now.state = ClusterState::Failed;
        let fake = Fake::with(now);
        let mut s = spec();
        s.broker_count = 6;
        let plan = plan_cluster(&s, Some(&info_of(&spec())));
        let err = run(apply(&fake, &plan, &mut Vec::new())).unwrap_err();
        assert!(err.to_string().contains("is FAILED"));
        assert_eq!(fake.calls(), ["find orders"]);
    }

    #[test]
    fn refused_plans_never_start() {
        let fake = Fake::with(info_of(&spec()));
        let mut s = spec();
        s.storage_gib = 50;
        let plan = plan_cluster(&s, Some(&info_of(&spec())));
        let err = run(apply(&fake, &plan, &mut Vec::new())).unwrap_err();
        assert!(err.to_string().contains("nothing was changed"));
        assert!(fake.calls().is_empty());
    }

    #[test]
    fn vanished_cluster_is_an_error() {
        let fake = Fake::default();
        let mut s = spec();
        s.broker_count = 6;
        let plan = plan_cluster(&s, Some(&info_of(&spec())));
        let err = run(apply(&fake, &plan, &mut Vec::new())).unwrap_err();
        assert!(err.to_string().contains("no longer exists"));
    }
}
