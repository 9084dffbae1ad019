// Drives the Go clients that openapi-generator's `go` generator writes from the per-target documents
// (mms-invites/atlas/openapi.json, mms-invites/ops-manager/openapi.json) against a server, authenticating with HTTP
// Digest through github.com/mongodb-forks/digest, the transport MongoDB's atlas-sdk-go uses. For each target it
// creates a project invitation, lists by username, deletes it, deletes it again, and prints one JSON line per step
// with what the generated client returned; the calling test decides whether that is right.
//
// Environment: MMS_BASE_URL, MMS_PUBLIC_KEY, MMS_PRIVATE_KEY, MMS_GROUP_ID, MMS_USERNAME_PREFIX.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"

	"github.com/mongodb-forks/digest"

	"mms-invites/generated-clients-go/atlas"
	"mms-invites/generated-clients-go/opsmanager"
)

// step is one line of output: what one call of the generated client returned.
type step struct {
	Target    string   `json:"target"`
	Step      string   `json:"step"`
	Status    int      `json:"status"`
	ID        string   `json:"id,omitempty"`
	IDs       []string `json:"ids,omitempty"`
	ErrorCode string   `json:"errorCode,omitempty"`
	Error     string   `json:"error,omitempty"`
}

func emit(s step) {
	line, _ := json.Marshal(s)
	fmt.Println(string(line))
}

func status(response *http.Response) int {
	if response == nil {
		return 0
	}
	return response.StatusCode
}

func env(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Fprintf(os.Stderr, "%s is not set\n", name)
		os.Exit(2)
	}
	return value
}

// errorCode reads the typed ApiError a generated client returns for a declared error status.
func errorCode(err error, code func(model interface{}) (string, bool)) (string, string) {
	var generic interface{ Model() interface{} }
	if err == nil {
		return "", ""
	}
	if errors.As(err, &generic) {
		if value, ok := code(generic.Model()); ok {
			return value, ""
		}
		return "", fmt.Sprintf("untyped error model %T: %v", generic.Model(), err)
	}
	return "", err.Error()
}

func runAtlas(ctx context.Context, client *http.Client, baseURL, groupID, username string) {
	cfg := atlas.NewConfiguration()
	cfg.HTTPClient = client
	cfg.Servers = atlas.ServerConfigurations{{URL: baseURL}}
	api := atlas.NewAPIClient(cfg).AtlasAPI
	code := func(model interface{}) (string, bool) {
		apiError, ok := model.(atlas.ApiError)
		return apiError.ErrorCode, ok
	}
	const target = "atlas"

	request := atlas.NewAtlasProjectInvitationRequest(username, []atlas.AtlasProjectRole{atlas.ATLASPROJECTROLE_GROUP_READ_ONLY})
	created, response, err := api.CreateProjectInvitation(ctx, groupID).AtlasProjectInvitationRequest(*request).Execute()
	if err != nil || created == nil || created.AtlasProjectInvitation == nil {
		ec, message := errorCode(err, code)
		emit(step{Target: target, Step: "create", Status: status(response), ErrorCode: ec, Error: message + fmt.Sprintf(" (body: %+v)", created)})
		return
	}
	id := created.AtlasProjectInvitation.Id
	emit(step{Target: target, Step: "create", Status: status(response), ID: id})

	listed, response, err := api.ListProjectInvitations(ctx, groupID).Username(username).Execute()
	listStep := step{Target: target, Step: "list", Status: status(response), IDs: []string{}}
	if err != nil || listed == nil || listed.ArrayOfAtlasProjectInvitation == nil {
		listStep.ErrorCode, listStep.Error = errorCode(err, code)
	} else {
		for _, invitation := range *listed.ArrayOfAtlasProjectInvitation {
			listStep.IDs = append(listStep.IDs, invitation.Id)
		}
	}
	emit(listStep)

	for _, name := range []string{"delete", "delete-again"} {
		_, response, err = api.DeleteProjectInvitation(ctx, groupID, id).Execute()
		ec, message := errorCode(err, code)
		emit(step{Target: target, Step: name, Status: status(response), ErrorCode: ec, Error: message})
	}
}

func runOpsManager(ctx context.Context, client *http.Client, baseURL, groupID, username string) {
	cfg := opsmanager.NewConfiguration()
	cfg.HTTPClient = client
	cfg.Servers = opsmanager.ServerConfigurations{{URL: baseURL}}
	api := opsmanager.NewAPIClient(cfg).OpsManagerAPI
	code := func(model interface{}) (string, bool) {
		apiError, ok := model.(opsmanager.ApiError)
		return apiError.ErrorCode, ok
	}
	const target = "opsManager"

	request := opsmanager.NewOpsManagerProjectInvitationRequest(username, []opsmanager.OpsManagerProjectRole{opsmanager.OPSMANAGERPROJECTROLE_GROUP_READ_ONLY})
	created, response, err := api.CreateProjectInvitation(ctx, groupID).OpsManagerProjectInvitationRequest(*request).Execute()
	if err != nil || created == nil || created.OpsManagerProjectInvitation == nil {
		ec, message := errorCode(err, code)
		emit(step{Target: target, Step: "create", Status: status(response), ErrorCode: ec, Error: message + fmt.Sprintf(" (body: %+v)", created)})
		return
	}
	id := created.OpsManagerProjectInvitation.Id
	emit(step{Target: target, Step: "create", Status: status(response), ID: id})

	listed, response, err := api.ListProjectInvitations(ctx, groupID).Username(username).Execute()
	listStep := step{Target: target, Step: "list", Status: status(response), IDs: []string{}}
	if err != nil || listed == nil || listed.ArrayOfOpsManagerProjectInvitation == nil {
		listStep.ErrorCode, listStep.Error = errorCode(err, code)
	} else {
		for _, invitation := range *listed.ArrayOfOpsManagerProjectInvitation {
			listStep.IDs = append(listStep.IDs, invitation.Id)
		}
	}
	emit(listStep)

	for _, name := range []string{"delete", "delete-again"} {
		_, response, err = api.DeleteProjectInvitation(ctx, groupID, id).Execute()
		ec, message := errorCode(err, code)
		emit(step{Target: target, Step: name, Status: status(response), ErrorCode: ec, Error: message})
	}
}

func main() {
	baseURL := env("MMS_BASE_URL")
	groupID := env("MMS_GROUP_ID")
	prefix := env("MMS_USERNAME_PREFIX")
	client, err := digest.NewTransport(env("MMS_PUBLIC_KEY"), env("MMS_PRIVATE_KEY")).Client()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx := context.Background()
	runAtlas(ctx, client, baseURL, groupID, prefix+"-atlas@example.com")
	runOpsManager(ctx, client, baseURL, groupID, prefix+"-ops-manager@example.com")
}
