//! Which addresses the guide may link to: sources need a web address, and the app opens only web
//! and mail links, never `file:` or `javascript:`.

/// May the app open this link when clicked? Only web addresses and `mailto:` addresses: never
/// `file:`, `javascript:` or other schemes that could run or expose something on the computer.
pub fn is_openable_link(url: &str) -> bool {
    if is_web_address(url) {
        return true;
    }
    let url = url.trim();
    url.get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
        && url[7..].contains('@')
        && !url.chars().any(char::is_whitespace)
}

/// Is this an `http(s)` address with something after the scheme? Sources must have one.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !rest.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_may_open() {
        assert!(is_openable_link("https://www.nhs.uk/"));
        assert!(is_openable_link("MAILTO:clinic@example.org"));
        assert!(!is_openable_link("mailto:"));
        assert!(!is_openable_link("file:///etc/passwd"));
        assert!(!is_openable_link("javascript:alert(1)"));
        assert!(!is_openable_link("skincare://open"));
        assert!(!is_openable_link("mailto:a@b.c\n/bin/sh"));
    }

    #[test]
    fn web_addresses_are_http_or_https_only() {
        assert!(is_web_address("https://www.nhs.uk/"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("file:///etc/passwd"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https:///path"));
        assert!(!is_web_address("ftp://example.org"));
    }
}
