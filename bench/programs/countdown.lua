-- Beazley's countdown, the same work as countdown.py.
local function countdown(n)
  while n > 0 do n = n - 1 end
end
countdown(10000000)
countdown(10000000)
