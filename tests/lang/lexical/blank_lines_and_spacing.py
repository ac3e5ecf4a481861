# Checks: blank lines inside blocks, unusual token spacing, and whitespace that does not matter.
def f( a , b ):


    x=a+b


    return x*2
print( f( 1 ,2 ) )
y   =   [ 1,2 ,3 ]
print(y [ 1 ])
print(y[0]+y[1] -y[2])
z={ 'a' :1 }
print(z [ 'a' ])
if(y):print('nonempty')
for(i)in(y):
    pass
print(i)
print(1 if y else 2, [1,2][0]if y else 0)
print(-  - 3, + + 3, not   not 1)
print( 'a'   'b' )
w = y[::-1]  ;  print(w)
    
print("end")
