//! AWS errors as one line a person can act on.

use anyhow::anyhow;
use aws_sdk_kafka::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};

pub(super) fn is_not_found<E: ProvideErrorMetadata, R>(err: &SdkError<E, R>) -> bool {
    err.code() == Some("NotFoundException")
}

/// An SDK error as one line a person can act on: what we tried, MSK's error
/// code and message, and a hint for the codes that have an obvious next step.
/// (Throttling never gets here unless the SDK's retries ran out.)
pub fn aws_error<E, R>(what: &str, err: SdkError<E, R>) -> anyhow::Error
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    let (code, message) = (
        err.code().map(str::to_owned),
        err.message().map(str::to_owned),
    );
    let Some(code) = code else {
        // The SDK's chain of causes is long Debug text: it goes to -vv, the
        // user gets one line that says what to do.
        let detail = DisplayErrorContext(&err).to_string();
        tracing::debug!(error = %detail, "{what} failed");
        return anyhow!("{what}: {}", transport_problem(&err, &detail));
    };
    let message = message.unwrap_or_default();
    let hint = match code.as_str() {
        "BadRequestException" if is_stale_version(&message) => {
            " (the cluster changed since it was read: another update ran or is running; \
             wait for it with `mskctl cluster wait NAME`, then run this again, it re-reads the \
             cluster's current version)"
        }
        "NotFoundException" => " (check the name or ARN, and the region)",
        "UnauthorizedException" | "ForbiddenException" | "AccessDeniedException" => {
            " (check the AWS credentials and that their IAM policy allows this kafka: action)"
        }
        "TooManyRequestsException" | "ThrottlingException" => {
            " (MSK kept throttling after several retries; try again in a minute)"
        }
        "ConflictException" => " (MSK is already doing something that conflicts with this)",
        _ => "",
    };
    anyhow!("{what}: {code}: {message}{hint}")
}

/// Whether MSK refused an update because the CurrentVersion it quoted is
/// no longer the cluster's: "The version of the cluster isn't current.
/// Check the current version and try again." (AWS writes a typographic
/// apostrophe), or the older "... does not include the latest version of
/// the cluster". Other messages naming a version (an unsupported Kafka
/// version, a configuration revision) are not this.
pub(super) fn is_stale_version(message: &str) -> bool {
    let lower = message.to_lowercase().replace('\u{2019}', "'");
    lower.contains("version of the cluster")
        && (lower.contains("isn't current")
            || lower.contains("is not current")
            || lower.contains("not the current version")
            || lower.contains("latest version"))
}

/// An SDK failure without an AWS error code (nothing reached AWS, or its
/// answer was unreadable), in one line with the next step.
pub(super) fn transport_problem<E, R>(err: &SdkError<E, R>, detail: &str) -> String {
    let lower = detail.to_ascii_lowercase();
    if lower.contains("credentials") {
        return "no usable AWS credentials (set AWS_PROFILE or --profile, \
                AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run with an IAM role)"
            .into();
    }
    if lower.contains("region") {
        return "no usable AWS region: set --region or AWS_REGION".into();
    }
    let what = match err {
        SdkError::DispatchFailure(d) if d.is_timeout() => {
            "the AWS endpoint did not answer in time (network, proxy or endpoint URL?)"
        }
        SdkError::DispatchFailure(d) if d.is_io() => {
            "cannot reach the AWS endpoint (network, proxy or endpoint URL?)"
        }
        SdkError::DispatchFailure(_) => "the request could not be sent to AWS",
        SdkError::TimeoutError(_) => {
            "no answer from AWS within --timeout (it bounds the whole command, retries included)"
        }
        SdkError::ConstructionFailure(_) => "the request could not be built",
        SdkError::ResponseError(_) => "AWS sent an answer that could not be read",
        _ => "the request failed",
    };
    format!("{what}; run with -vv for the details")
}

/// Names like `name`: same ignoring case, containing it or contained in it,
/// or within two edits; at most 5.
pub(super) fn close_names<'a>(name: &str, all: impl Iterator<Item = &'a str>) -> Vec<String> {
    let lower = name.to_ascii_lowercase();
    let mut out: Vec<String> = all
        .filter(|c| {
            let cl = c.to_ascii_lowercase();
            cl == lower
                || cl.contains(&lower)
                || lower.contains(&cl)
                || strsim::levenshtein(&cl, &lower) <= 2
        })
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out.truncate(5);
    out
}
