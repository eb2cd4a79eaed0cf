//! One error model for the whole Kafka side: transport failures, protocol
//! surprises and broker error codes all end up here, each naming where it
//! happened so the operator knows which broker or resource to look at.

use std::time::Duration;

use kafka_protocol::ResponseError;

#[derive(Debug, thiserror::Error)]
pub enum KafkaError {
    #[error("cannot reach any bootstrap server ({tried}): {reasons}")]
    Unreachable { tried: String, reasons: String },

    #[error("{addr}: {what} timed out after {}", humantime::format_duration(*after))]
    Timeout {
        addr: String,
        what: String,
        after: Duration,
    },

    /// The command's deadline (`--timeout`) is spent, retries included.
    #[error(
        "{what} timed out after {bound_text}: {attempts} attempt{} over {:.1}s (--timeout {bound_text} bounds the whole command); last: {last}",
        if *attempts == 1 { "" } else { "s" },
        over.as_secs_f64(),
        bound_text = humantime::format_duration(*bound)
    )]
    DeadlineSpent {
        what: String,
        attempts: usize,
        over: Duration,
        bound: Duration,
        last: String,
    },

    #[error("{addr}: {source}")]
    Io {
        addr: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{addr}: TLS: {message}")]
    Tls { addr: String, message: String },

    #[error("{addr}: authentication failed: {message}")]
    Auth { addr: String, message: String },

    #[error("{addr}: protocol error: {message}")]
    Protocol { addr: String, message: String },

    #[error("{addr}: the broker does not support {api}{detail}")]
    Unsupported {
        addr: String,
        api: String,
        detail: String,
    },

    /// A broker error code, with the broker's own message when it sent one.
    #[error("{}", format_broker_error(context, *code, message.as_deref()))]
    Broker {
        context: String,
        code: i16,
        message: Option<String>,
    },

    #[error("{0}")]
    Other(String),
}

impl KafkaError {
    pub fn broker(context: impl Into<String>, code: i16, message: Option<String>) -> Self {
        KafkaError::Broker {
            context: context.into(),
            code,
            message: message.filter(|m| !m.trim().is_empty()),
        }
    }

    /// The Kafka error code, when the broker answered with one.
    pub fn code(&self) -> Option<i16> {
        match self {
            KafkaError::Broker { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Whether a fresh metadata read and another attempt may succeed.
    pub fn is_retriable(&self) -> bool {
        match self {
            KafkaError::Broker { code, .. } => {
                ResponseError::try_from_code(*code).is_some_and(|e| e.is_retriable())
                    || *code == NOT_CONTROLLER
            }
            _ => false,
        }
    }

    /// Whether the connection broke (so the request may or may not have been
    /// carried out by the broker).
    pub fn is_transport(&self) -> bool {
        matches!(
            self,
            KafkaError::Io { .. } | KafkaError::Timeout { .. } | KafkaError::DeadlineSpent { .. }
        )
    }
}

pub const UNKNOWN_TOPIC_OR_PARTITION: i16 = 3;
pub const TOPIC_ALREADY_EXISTS: i16 = 36;
pub const NOT_CONTROLLER: i16 = 41;
pub const UNSUPPORTED_VERSION: i16 = 35;

/// Kafka's own SCREAMING_SNAKE name for an error code (what operators see in
/// broker logs and the Java tools), e.g. 36 -> TOPIC_ALREADY_EXISTS.
pub fn error_name(code: i16) -> String {
    match ResponseError::try_from_code(code) {
        None => "NONE".into(),
        Some(ResponseError::Unknown(c)) => format!("UNKNOWN_ERROR_CODE_{c}"),
        Some(e) => {
            let camel = format!("{e:?}");
            let mut out = String::with_capacity(camel.len() + 8);
            for (i, ch) in camel.chars().enumerate() {
                if ch.is_ascii_uppercase() && i > 0 {
                    out.push('_');
                }
                out.push(ch.to_ascii_uppercase());
            }
            out
        }
    }
}

fn format_broker_error(context: &str, code: i16, message: Option<&str>) -> String {
    let name = error_name(code);
    match message {
        Some(m) => format!("{context}: {m} ({name})"),
        None => format!("{context}: {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kafka_style() {
        assert_eq!(error_name(36), "TOPIC_ALREADY_EXISTS");
        assert_eq!(error_name(3), "UNKNOWN_TOPIC_OR_PARTITION");
        assert_eq!(error_name(40), "INVALID_CONFIG");
        assert_eq!(error_name(-1), "UNKNOWN_SERVER_ERROR");
    }

    #[test]
    fn broker_error_message() {
        let e = KafkaError::broker("topic 'a'", 40, Some("Unknown topic config name: x".into()));
        assert_eq!(
            e.to_string(),
            "topic 'a': Unknown topic config name: x (INVALID_CONFIG)"
        );
        assert!(KafkaError::broker("x", NOT_CONTROLLER, None).is_retriable());
        assert!(!KafkaError::broker("x", 36, None).is_retriable());
    }
}
