# Sourced by the benchmark scripts. A figure counts only when the machine was quiet while it was taken: a
# 1-minute load average below 1.0 before and after the run. Each script prints both loads, and gives a
# verdict on a bar ("met" or "MISSED") only through verdict, which says "machine busy: not comparable"
# when either load was too high.
#
#   quiet_before              # prints "load average before: L" and remembers it
#   quiet_after               # prints "load average after: L; machine quiet|busy: ..."; fails when busy
#   verdict yes|no            # "met", "MISSED" or "machine busy: not comparable"

load_now() { cut -d' ' -f1 /proc/loadavg; }
load_below() { awk -v load="$1" -v limit="$2" 'BEGIN { exit !(load < limit) }'; }

quiet_before() {
    quiet_load_before=$(load_now)
    echo "load average before: $quiet_load_before"
}

quiet_after() {
    quiet_load_after=$(load_now)
    if load_below "$quiet_load_before" 1.0 && load_below "$quiet_load_after" 1.0; then
        echo "load average after: $quiet_load_after; machine quiet: comparable"
        return 0
    fi
    echo "load average after: $quiet_load_after; machine busy: not comparable"
    return 1
}

verdict() {
    if ! load_below "$quiet_load_before" 1.0 || ! load_below "${quiet_load_after:-$(load_now)}" 1.0; then
        echo "machine busy: not comparable"
    elif [ "$1" = yes ]; then
        echo met
    else
        echo MISSED
    fi
}
