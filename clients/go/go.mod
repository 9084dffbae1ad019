module mms-invites/generated-clients-go

go 1.23.0

require (
	github.com/mongodb-forks/digest v1.1.0
	gopkg.in/validator.v2 v2.0.1
)

require golang.org/x/oauth2 v0.30.0 // indirect
