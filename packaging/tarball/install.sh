#!/bin/sh
# Installs Skincare Guide for you alone, with no root: the program, its launcher entry, icons,
# AppStream metadata, manual pages and shell completions, under ~/.local (or $PREFIX).
#
#   ./install.sh               install (or update) into ${PREFIX:-$HOME/.local}
#   ./install.sh --uninstall   remove what was installed; your diary and checklists stay
#
# The list of installed files is kept in $PREFIX/share/doc/skincare-guide/installed-files, with
# a copy of this script beside it, so uninstalling works after the download is gone too.
set -eu

prefix=${PREFIX:-${HOME:?HOME is not set}/.local}
here=$(cd "$(dirname "$0")" && pwd)
docdir="$prefix/share/doc/skincare-guide"
list="$docdir/installed-files"
data="${XDG_DATA_HOME:-$HOME/.local/share}/skincare-guide"

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
  # Icon themes notice a changed folder; launchers notice new entries by themselves. (The entry
  # names no MIME types, so there is no desktop database to update.)
  if [ -d "$prefix/share/icons/hicolor" ]; then touch "$prefix/share/icons/hicolor" 2>/dev/null || true; fi
}

uninstall() {
  [ -f "$list" ] || die "nothing to uninstall: $list is not there"
  while IFS= read -r file; do
    case $file in
      '' | /* | *..*) continue ;; # only the relative paths install.sh wrote
    esac
    rm -f "$prefix/$file"
    # Remove the folders that are now empty, up to (not including) the prefix.
    dir=$(dirname "$file")
    while [ "$dir" != . ] && rmdir "$prefix/$dir" 2>/dev/null; do
      dir=$(dirname "$dir")
    done
  done <"$list"
  rm -f "$list" "$docdir/install.sh"
  rmdir "$docdir" "$prefix/share/doc" "$prefix/share" 2>/dev/null || true
  refresh_caches
  say "Skincare Guide is uninstalled from $prefix."
  if [ -d "$data" ]; then
    say "Your diary, checklists and settings are still in $data; delete that folder to remove them."
  fi
  autostart="${XDG_CONFIG_HOME:-$HOME/.config}/autostart/skincare-guide-remind.desktop"
  if [ -f "$autostart" ]; then
    say "The daily reminder's entry $autostart is still there; delete it to stop the reminder."
  fi
}

# The Exec value for the launcher entry: the installed program's full path, so the entry works
# whether or not $prefix/bin is on the launcher's PATH. Quoted as the Desktop Entry spec asks.
exec_value() {
  case $1 in
    *[\"\`\$\\]*) printf '%s' skincare-guide ;; # a path the spec cannot quote simply: rely on PATH
    *' '*) printf '"%s"' "$1" ;;
    *) printf '%s' "$1" ;;
  esac
}

install_files() {
  [ -x "$here/bin/skincare-guide" ] || die "run install.sh from the unpacked tarball (bin/skincare-guide is missing)"
  mkdir -p "$docdir"
  new_list=$(mktemp "$docdir/.installed-files.XXXXXX")
  trap 'rm -f "$new_list"' EXIT
  (cd "$here" && find bin share -type f | LC_ALL=C sort) >"$new_list"
  # A file from an earlier version that this one no longer ships is removed.
  if [ -f "$list" ]; then
    LC_ALL=C sort "$list" | while IFS= read -r old; do
      case $old in '' | /* | *..*) continue ;; esac
      grep -qxF "$old" "$new_list" || rm -f "$prefix/$old"
    done
  fi
  while IFS= read -r file; do
    mode=644
    case $file in bin/*) mode=755 ;; esac
    mkdir -p "$prefix/$(dirname "$file")"
    # Into a temporary name, then renamed: a running copy of the program is never overwritten.
    tmp="$prefix/$file.new.$$"
    cp "$here/$file" "$tmp"
    chmod "$mode" "$tmp"
    mv -f "$tmp" "$prefix/$file"
  done <"$new_list"
  exec_path=$(exec_value "$prefix/bin/skincare-guide")
  entry="$prefix/share/applications/skincare-guide.desktop"
  sed "s|^Exec=skincare-guide|Exec=$exec_path|" "$here/share/applications/skincare-guide.desktop" >"$entry.new.$$"
  mv -f "$entry.new.$$" "$entry"
  cp "$here/install.sh" "$docdir/install.sh.new.$$"
  chmod 755 "$docdir/install.sh.new.$$"
  mv -f "$docdir/install.sh.new.$$" "$docdir/install.sh"
  mv -f "$new_list" "$list"
  trap - EXIT
  refresh_caches
  say "Skincare Guide $(cat "$here/VERSION") is installed in $prefix."
  say "Start it from your applications menu, or run: $prefix/bin/skincare-guide"
  case ":${PATH:-}:" in
    *":$prefix/bin:"*) ;;
    *) say "Note: $prefix/bin is not on your PATH; add it to run skincare-guide by name." ;;
  esac
  say "To uninstall: $docdir/install.sh --uninstall (your data stays)."
}

case ${1:-} in
  '') install_files ;;
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,9s/^# \{0,1\}//p' "$0" ;;
  *) die "unknown option $1 (use --uninstall, or nothing to install)" ;;
esac
