x = 1
y = f"{x}" f"{x +}" 
