a = f"""
{x}
"""
b = f"""line
{x + 
y}"""
c = f"""{
x
}"""
d = (f"a"
     f"{b}")
e = f"""ab{x, y}"""
f = f"""
ab{x,
 y}"""
