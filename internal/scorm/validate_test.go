package scorm

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/sitetest"
)

// drivers import every namespace a manifest of the version uses, so that
// xmllint --schema checks all of it against the files the package ships.
var drivers = map[Version]string{
	V12: `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`,
	V2004: `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/>
</xsd:schema>`,
}

// TestBundledCourseValidates exports the bundled course in both versions
// and validates each manifest with xmllint against the schemas in the zip.
func TestBundledCourseValidates(t *testing.T) {
	for _, v := range []Version{V12, V2004} {
		t.Run(string(v), func(t *testing.T) {
			pkg, diags := Export("../..", "customer-service", v)
			if diags.HasErrors() {
				t.Fatal(diags.String())
			}
			dir := t.TempDir()
			sitetest.Unzip(t, pkg.Zip, dir)
			if out, err := validate(t, dir, v); err != nil {
				t.Fatalf("xmllint: %v\n%s", err, out)
			}
		})
	}
}

// TestValidationCatchesErrors makes sure the validation can fail: a
// manifest with an element the schema does not allow is rejected.
func TestValidationCatchesErrors(t *testing.T) {
	for _, v := range []Version{V12, V2004} {
		t.Run(string(v), func(t *testing.T) {
			manifest, err := Manifest(v, Course{SiteID: "s", CourseID: "c", Title: "T", Launch: "c/index.html", Mastery: 0.6, Files: []string{"c/index.html"}})
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			writeSchemas(t, dir, v)
			bad := strings.Replace(string(manifest), "<title>T</title>", "<title>T</title><bogus/>", 1)
			sitetest.WriteFile(t, filepath.Join(dir, ManifestName), []byte(bad))
			if out, err := validate(t, dir, v); err == nil {
				t.Fatalf("xmllint accepted a manifest with <bogus/>:\n%s", out)
			}
		})
	}
}

func validate(t *testing.T, dir string, v Version) ([]byte, error) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils; scripts/test does)")
	}
	sitetest.WriteFile(t, filepath.Join(dir, "driver.xsd"), []byte(drivers[v]))
	cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", "driver.xsd", ManifestName)
	cmd.Dir = dir
	return cmd.CombinedOutput()
}

func writeSchemas(t *testing.T, dir string, v Version) {
	schemas, err := Schemas(v)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range schemas {
		sitetest.WriteFile(t, filepath.Join(dir, name), data)
	}
}
