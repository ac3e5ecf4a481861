local function main()
  local buf, parts = {}, {}
  for i = 0, 299999 do
    buf[#buf + 1] = tostring(i)
    parts[#parts + 1] = i .. ":" .. (i * 2)
  end
  local s = table.concat(buf)
  local joined = table.concat(parts, ",")
  local n, last = 0, nil
  for f in string.gmatch(joined, "[^,]+") do n = n + 1; last = f end
  print(#s, #joined, n, last)
end
main()
