//! Empty: this package is only fetched (see Cargo.toml), never built.
