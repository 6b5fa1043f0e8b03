// Package scorm makes SCORM packages of a course: the imsmanifest.xml for
// SCORM 1.2 or 2004 4th Edition, the schema files beside it, and the zip.
package scorm

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Version is a SCORM version: "1.2" or "2004" (4th Edition).
type Version string

// The versions a package can be made for.
const (
	V12   Version = "1.2"
	V2004 Version = "2004"
)

// ParseVersion accepts the versions' names as the command line gives them.
func ParseVersion(s string) (Version, error) {
	switch s {
	case "1.2", "12":
		return V12, nil
	case "2004", "2004-4":
		return V2004, nil
	}
	return "", fmt.Errorf("unknown SCORM version %q: use 1.2 or 2004", s)
}

func (v Version) dir() string {
	if v == V12 {
		return "scorm12"
	}
	return "scorm2004"
}

// Course is what the manifest says about the course the package holds.
type Course struct {
	// SiteID and CourseID make the package's identifier, stable across builds.
	SiteID, CourseID   string
	Title, Description string
	Language           string
	// Launch is the page the LMS opens, relative to the package root.
	Launch string
	// Mastery is the fraction of the score that passes (the mean of the
	// course's quizzes' pass marks); 0 when the course has no quiz.
	Mastery float64
	// Files are every file of the package but the manifest, with slashes.
	Files []string
}

// Identifier is the package's identifier: readable, an XML NCName, and the
// same for the same site and course in every build.
func (c Course) Identifier() string {
	sum := sha256.Sum256([]byte(c.SiteID + "\x00" + c.CourseID))
	name := notName.ReplaceAllString(c.CourseID, "-")
	return "skillbook-" + strings.Trim(name, "-") + "-" + hex.EncodeToString(sum[:6])
}

var notName = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// Manifest returns imsmanifest.xml for the course in the version.
func Manifest(v Version, c Course) ([]byte, error) {
	var buf bytes.Buffer
	err := manifests.ExecuteTemplate(&buf, v.dir(), manifestData{Course: c, ID: c.Identifier()})
	return buf.Bytes(), err
}

type manifestData struct {
	Course
	ID string
}

// MasteryPercent is the mastery score as SCORM 1.2 gives it: 0 to 100.
func (d manifestData) MasteryPercent() string {
	return strconv.FormatFloat(roundTo(d.Mastery*100, 0), 'f', -1, 64)
}

// MasteryScaled is the mastery score as SCORM 2004 gives it: 0 to 1.
func (d manifestData) MasteryScaled() string {
	return strconv.FormatFloat(roundTo(d.Mastery, 4), 'f', -1, 64)
}

func roundTo(x float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	return float64(int64(x*p+0.5)) / p
}
