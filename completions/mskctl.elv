
use builtin;
use str;

set edit:completion:arg-completer[mskctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mskctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mskctl'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand config 'Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml'
            cand topic 'List, describe, create, alter, delete and check topics'
            cand retention 'Read and change topic retention; purge old records'
            cand broker 'Inspect brokers'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;config'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get-contexts 'List the contexts; the current one is marked with *'
            cand current-context 'Print the name of the current context'
            cand use-context 'Make NAME the current context'
            cand set-context 'Create or update a context from the connection flags'
            cand delete-context 'Delete a context'
            cand view 'Print the configuration file with secrets redacted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;config;get-contexts'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;config;current-context'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;config;use-context'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;config;set-context'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --current 'Also make it the current context'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;config;delete-context'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;config;view'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;config;help'= {
            cand get-contexts 'List the contexts; the current one is marked with *'
            cand current-context 'Print the name of the current context'
            cand use-context 'Make NAME the current context'
            cand set-context 'Create or update a context from the connection flags'
            cand delete-context 'Delete a context'
            cand view 'Print the configuration file with secrets redacted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;config;help;get-contexts'= {
        }
        &'mskctl;config;help;current-context'= {
        }
        &'mskctl;config;help;use-context'= {
        }
        &'mskctl;config;help;set-context'= {
        }
        &'mskctl;config;help;delete-context'= {
        }
        &'mskctl;config;help;view'= {
        }
        &'mskctl;config;help;help'= {
        }
        &'mskctl;topic'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List topics'
            cand describe 'Show a topic''s partitions (leader, replicas, ISR) and its non-default configs'
            cand create 'Create a topic'
            cand delete 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)'
            cand alter 'Increase a topic''s partition count (partitions can never be removed)'
            cand config 'Read and change topic configs (incrementally: other keys are never touched)'
            cand health 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;topic;list'= {
            cand --pattern 'Only topics whose name matches this regular expression'
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --internal 'Include internal topics (__consumer_offsets, ...)'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;describe'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;create'= {
            cand --partitions 'partitions'
            cand --replication-factor 'replication-factor'
            cand --config 'Topic config, repeatable'
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --if-not-exists 'Succeed without changes when the topic already exists'
            cand --validate-only 'Ask the cluster to validate the request without creating anything'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;delete'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;alter'= {
            cand --partitions 'partitions'
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;config'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show a topic''s non-default configs (all configs with --all)'
            cand set 'Set topic configs'
            cand delete 'Remove topic configs (they return to the cluster default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;topic;config;get'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --all 'Include configs at their default value'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;config;set'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;config;delete'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;config;help'= {
            cand get 'Show a topic''s non-default configs (all configs with --all)'
            cand set 'Set topic configs'
            cand delete 'Remove topic configs (they return to the cluster default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;topic;config;help;get'= {
        }
        &'mskctl;topic;config;help;set'= {
        }
        &'mskctl;topic;config;help;delete'= {
        }
        &'mskctl;topic;config;help;help'= {
        }
        &'mskctl;topic;health'= {
            cand --topic 'Only topics whose name matches this regular expression'
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;topic;help'= {
            cand list 'List topics'
            cand describe 'Show a topic''s partitions (leader, replicas, ISR) and its non-default configs'
            cand create 'Create a topic'
            cand delete 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)'
            cand alter 'Increase a topic''s partition count (partitions can never be removed)'
            cand config 'Read and change topic configs (incrementally: other keys are never touched)'
            cand health 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;topic;help;list'= {
        }
        &'mskctl;topic;help;describe'= {
        }
        &'mskctl;topic;help;create'= {
        }
        &'mskctl;topic;help;delete'= {
        }
        &'mskctl;topic;help;alter'= {
        }
        &'mskctl;topic;help;config'= {
            cand get 'Show a topic''s non-default configs (all configs with --all)'
            cand set 'Set topic configs'
            cand delete 'Remove topic configs (they return to the cluster default)'
        }
        &'mskctl;topic;help;config;get'= {
        }
        &'mskctl;topic;help;config;set'= {
        }
        &'mskctl;topic;help;config;delete'= {
        }
        &'mskctl;topic;help;health'= {
        }
        &'mskctl;topic;help;help'= {
        }
        &'mskctl;retention'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show retention by time and size, in human units and raw'
            cand set 'Change retention; lowering it deletes data, so it is confirmed (or --yes)'
            cand purge 'Delete records before an offset or a time (destructive) with DeleteRecords'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;retention;get'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;retention;set'= {
            cand --time 'retention.ms, e.g. 7d, 36h, infinite'
            cand --bytes 'retention.bytes (per partition), e.g. 50GiB, infinite'
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;retention;purge'= {
            cand --partition 'Only this partition (default: all)'
            cand --before-offset 'Delete records below this offset'
            cand --before 'Delete records older than this time (RFC 3339)'
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;retention;help'= {
            cand get 'Show retention by time and size, in human units and raw'
            cand set 'Change retention; lowering it deletes data, so it is confirmed (or --yes)'
            cand purge 'Delete records before an offset or a time (destructive) with DeleteRecords'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;retention;help;get'= {
        }
        &'mskctl;retention;help;set'= {
        }
        &'mskctl;retention;help;purge'= {
        }
        &'mskctl;retention;help;help'= {
        }
        &'mskctl;broker'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List brokers: id, address, rack, and which is the controller'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;broker;list'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;broker;help'= {
            cand list 'List brokers: id, address, rack, and which is the controller'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;broker;help;list'= {
        }
        &'mskctl;broker;help;help'= {
        }
        &'mskctl;completions'= {
            cand -b 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --bootstrap-servers 'Bootstrap servers, HOST:PORT[,HOST:PORT...]'
            cand --context 'Context (connection profile) to use instead of the current one'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --timeout 'Bound on every network wait, e.g. 30s, 2m'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable that holds the SASL password'
            cand --sasl-password-file 'File whose first line is the SASL password'
            cand --tls-ca-file 'PEM file of CA certificates to trust (in addition to the system roots)'
            cand --tls-cert-file 'PEM client certificate for mutual TLS'
            cand --tls-key-file 'PEM private key of the client certificate'
            cand --yes 'Answer yes to confirmations (needed for destructive changes without a terminal)'
            cand -v 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --verbose 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand --tls-insecure-skip-verify 'Do not verify the brokers'' TLS certificates (never in production)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mskctl;help'= {
            cand config 'Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml'
            cand topic 'List, describe, create, alter, delete and check topics'
            cand retention 'Read and change topic retention; purge old records'
            cand broker 'Inspect brokers'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mskctl;help;config'= {
            cand get-contexts 'List the contexts; the current one is marked with *'
            cand current-context 'Print the name of the current context'
            cand use-context 'Make NAME the current context'
            cand set-context 'Create or update a context from the connection flags'
            cand delete-context 'Delete a context'
            cand view 'Print the configuration file with secrets redacted'
        }
        &'mskctl;help;config;get-contexts'= {
        }
        &'mskctl;help;config;current-context'= {
        }
        &'mskctl;help;config;use-context'= {
        }
        &'mskctl;help;config;set-context'= {
        }
        &'mskctl;help;config;delete-context'= {
        }
        &'mskctl;help;config;view'= {
        }
        &'mskctl;help;topic'= {
            cand list 'List topics'
            cand describe 'Show a topic''s partitions (leader, replicas, ISR) and its non-default configs'
            cand create 'Create a topic'
            cand delete 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)'
            cand alter 'Increase a topic''s partition count (partitions can never be removed)'
            cand config 'Read and change topic configs (incrementally: other keys are never touched)'
            cand health 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)'
        }
        &'mskctl;help;topic;list'= {
        }
        &'mskctl;help;topic;describe'= {
        }
        &'mskctl;help;topic;create'= {
        }
        &'mskctl;help;topic;delete'= {
        }
        &'mskctl;help;topic;alter'= {
        }
        &'mskctl;help;topic;config'= {
            cand get 'Show a topic''s non-default configs (all configs with --all)'
            cand set 'Set topic configs'
            cand delete 'Remove topic configs (they return to the cluster default)'
        }
        &'mskctl;help;topic;config;get'= {
        }
        &'mskctl;help;topic;config;set'= {
        }
        &'mskctl;help;topic;config;delete'= {
        }
        &'mskctl;help;topic;health'= {
        }
        &'mskctl;help;retention'= {
            cand get 'Show retention by time and size, in human units and raw'
            cand set 'Change retention; lowering it deletes data, so it is confirmed (or --yes)'
            cand purge 'Delete records before an offset or a time (destructive) with DeleteRecords'
        }
        &'mskctl;help;retention;get'= {
        }
        &'mskctl;help;retention;set'= {
        }
        &'mskctl;help;retention;purge'= {
        }
        &'mskctl;help;broker'= {
            cand list 'List brokers: id, address, rack, and which is the controller'
        }
        &'mskctl;help;broker;list'= {
        }
        &'mskctl;help;completions'= {
        }
        &'mskctl;help;help'= {
        }
    ]
    $completions[$command]
}
