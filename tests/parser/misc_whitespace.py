x  =  1
y=2
z	=	3
f ( a , b )
l [ 0 ]
m . n
