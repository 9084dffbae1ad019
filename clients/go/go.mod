module mms-invites/generated-clients-go

go 1.22

require (
	github.com/mongodb-forks/digest v1.1.0
	gopkg.in/validator.v2 v2.0.1
)
