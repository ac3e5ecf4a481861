local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:norm2() return self.x * self.x + self.y * self.y end
function Point:moved(dx) return Point.new(self.x + dx, self.y) end
local function main()
  local d, n, total = {}, 0, 0
  for i = 0, 999999 do
    local p = Point.new(i, i + 1)
    local q = p:moved(3)
    total = total + q:norm2() - p:norm2()
    if d[i % 1000] == nil then n = n + 1 end
    d[i % 1000] = q
  end
  print(total, n)
end
main()
