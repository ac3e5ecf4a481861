x = b"\xz1"
