package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
)

// ErrBlocked is returned when a URL or a dialled address is not a public
// internet address (loopback, private, link-local, metadata, ...).
var ErrBlocked = errors.New("blocked address")

// blockedPrefixes are ranges never dialled unless allow-listed, on top of
// what netip's predicates already cover.
var blockedPrefixes = mustPrefixes(
	"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24",
	"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
	"64:ff9b::/96", "64:ff9b:1::/48", "2001:db8::/32", "fec0::/10",
)

func mustPrefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// guard decides which addresses may be dialled.
type guard struct {
	allow []netip.Prefix
}

// check returns ErrBlocked for addresses that are not public unicast,
// unless the allow-list names them.
func (g guard) check(addr netip.Addr) error {
	addr = addr.Unmap()
	for _, p := range g.allow {
		if p.Contains(addr) {
			return nil
		}
	}
	if reason := privateReason(addr); reason != "" {
		return fmt.Errorf("%w: %s is %s", ErrBlocked, addr, reason)
	}
	return nil
}

func privateReason(addr netip.Addr) string {
	switch {
	case !addr.IsValid():
		return "invalid"
	case addr.IsLoopback():
		return "loopback"
	case addr.IsPrivate():
		return "private"
	case addr.IsLinkLocalUnicast(), addr.IsLinkLocalMulticast():
		return "link-local (cloud metadata)"
	case addr.IsUnspecified(), addr.IsMulticast(), addr.IsInterfaceLocalMulticast():
		return "not unicast"
	case addr == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	if embedded, ok := embeddedV4(addr); ok {
		if r := privateReason(embedded); r != "" {
			return "embedding " + r
		}
	}
	for _, p := range blockedPrefixes {
		if p.Contains(addr) {
			return "reserved"
		}
	}
	return ""
}

// embeddedV4 extracts the IPv4 address carried by 6to4 (2002::/16) and
// NAT64 (64:ff9b::/96) IPv6 addresses.
func embeddedV4(addr netip.Addr) (netip.Addr, bool) {
	if !addr.Is6() {
		return netip.Addr{}, false
	}
	b := addr.As16()
	switch {
	case b[0] == 0x20 && b[1] == 0x02:
		return netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), true
	case netip.MustParsePrefix("64:ff9b::/96").Contains(addr):
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), true
	}
	return netip.Addr{}, false
}

// control is the net.Dialer Control hook: it runs after DNS resolution on
// every connection, so it covers every redirect hop and DNS rebinding.
func (g guard) control(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrBlocked, address, err)
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %q is not an IP address", ErrBlocked, host)
	}
	return g.check(addr)
}

// checkHost rejects hosts spelled as IP addresses in forms that resolvers
// disagree on (decimal 2130706433, octal 0177.0.0.1, hex 0x7f.1) and IP
// literals the guard blocks, before any connection is attempted.
func (g guard) checkHost(host string) error {
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if host == "" {
		return fmt.Errorf("%w: empty host", ErrBlocked)
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		return g.check(addr)
	}
	if v4, ok := parseLooseIPv4(host); ok {
		return fmt.Errorf("%w: host %q is a non-canonical spelling of %s", ErrBlocked, host, v4)
	}
	return nil
}

// parseLooseIPv4 parses the inet_aton forms: one to four parts, each
// decimal, octal (leading 0) or hex (0x).
func parseLooseIPv4(host string) (netip.Addr, bool) {
	parts := strings.Split(host, ".")
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 0, 32)
		if err != nil || p == "" {
			return netip.Addr{}, false
		}
		nums[i] = n
	}
	var v uint64
	last := len(nums) - 1
	for i := 0; i < last; i++ {
		if nums[i] > 255 {
			return netip.Addr{}, false
		}
		v |= nums[i] << (24 - 8*uint(i))
	}
	if nums[last] >= 1<<(32-8*uint(last)) {
		return netip.Addr{}, false
	}
	v |= nums[last]
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}
