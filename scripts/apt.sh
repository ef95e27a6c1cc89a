# Sourced by scripts/setup.sh and packaging/windows/check_installer.sh. apt-get update with retries: a Debian mirror
# may be part-way through a sync for a minute or two (“File has unexpected size … Mirror sync in progress?”), and one
# index failing fails the update. Uses $SUDO when the caller sets it.
apt_update() {
  local attempt
  for attempt in 1 2 3 4 5; do
    ${SUDO:-} apt-get update -qq -o Acquire::Retries=3 && return 0
    [ "$attempt" -lt 5 ] || break
    echo "apt-get update failed (attempt $attempt of 5); trying again in $((attempt * 20)) s" >&2
    sleep $((attempt * 20))
  done
  return 1
}
