//! The XDG autostart entry that runs `skincare-guide remind` at login, while daily reminders are
//! on (`~/.config/autostart/`, or under `$XDG_CONFIG_HOME`). Nothing else runs in the background.

use std::path::{Path, PathBuf};

/// The entry's file name inside the autostart directory.
pub const FILE_NAME: &str = "skincare-guide-remind.desktop";

/// The person's configuration directory: `$XDG_CONFIG_HOME` when set to an absolute path, else
/// `~/.config` (the XDG base directory spec); `None` without a home directory.
pub fn config_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.config_dir().to_owned())
}

/// Where the entry lives under `config_dir`.
pub fn entry_path(config_dir: &Path) -> PathBuf {
    config_dir.join("autostart").join(FILE_NAME)
}

/// The entry's text: runs `exe --data-dir DATA_DIR remind`.
pub fn entry(exe: &Path, data_dir: &Path) -> String {
    let exec = [
        exe.as_os_str().to_string_lossy(),
        "--data-dir".into(),
        data_dir.as_os_str().to_string_lossy(),
        "remind".into(),
    ]
    .iter()
    .map(|argument| quote_argument(argument))
    .collect::<Vec<_>>()
    .join(" ");
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Skincare Guide reminder\n\
         Comment=Shows what is due today in your treatment plan, once a day\n\
         Exec={exec}\n\
         Icon=skincare-guide\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n"
    )
}

/// Writes the entry (atomically), creating the autostart directory if needed.
pub fn write(config_dir: &Path, exe: &Path, data_dir: &Path) -> std::io::Result<PathBuf> {
    let path = entry_path(config_dir);
    crate::system::atomic::write_atomically(&path, entry(exe, data_dir).as_bytes())?;
    Ok(path)
}

/// Removes the entry; an entry that is not there is fine.
pub fn remove(config_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(entry_path(config_dir)) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// One argument of an `Exec` key: in double quotes, with `"`, `` ` ``, `$` and `\` escaped by a
/// backslash as the desktop entry spec asks, then backslashes doubled once more (the value is a
/// string with its own escapes), and `%` doubled so it is not a field code.
fn quote_argument(argument: &str) -> String {
    let mut quoted = String::from("\"");
    for character in argument.chars() {
        match character {
            '"' | '`' | '$' => {
                quoted.push_str("\\\\");
                quoted.push(character);
            }
            '\\' => quoted.push_str("\\\\\\\\"),
            '%' => quoted.push_str("%%"),
            _ => quoted.push(character),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_is_written_and_removed_under_the_config_dir() {
        let config = tempfile::tempdir().unwrap();
        let path = write(
            config.path(),
            Path::new("/usr/bin/skincare-guide"),
            Path::new("/home/ana/.local/share/skincare-guide"),
        )
        .unwrap();
        assert_eq!(path, config.path().join("autostart").join(FILE_NAME));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(
            "\nExec=\"/usr/bin/skincare-guide\" \"--data-dir\" \"/home/ana/.local/share/skincare-guide\" \"remind\"\n"
        ));
        remove(config.path()).unwrap();
        assert!(!path.exists());
        remove(config.path()).unwrap();
    }

    #[test]
    fn exec_arguments_with_reserved_characters_are_quoted() {
        assert_eq!(
            quote_argument(r#"/opt/my "apps"/$HOME\50%"#),
            r#""/opt/my \\"apps\\"/\\$HOME\\\\50%%""#
        );
    }
}
