package scorm

import (
	"encoding/xml"
	"strings"
	"text/template"
)

// manifests are the imsmanifest.xml templates of both versions.
var manifests = template.Must(template.New("").Funcs(template.FuncMap{"x": escapeXML}).Parse(manifest12 + manifest2004))

func escapeXML(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

const manifest12 = `{{ define "scorm12" }}<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{{ .ID }}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="{{ x .Language }}">{{ x .Title }}</imsmd:langstring></imsmd:title>
        {{- if .Description }}
        <imsmd:description><imsmd:langstring xml:lang="{{ x .Language }}">{{ x .Description }}</imsmd:langstring></imsmd:description>
        {{- end }}
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="{{ .ID }}-org">
    <organization identifier="{{ .ID }}-org">
      <title>{{ x .Title }}</title>
      <item identifier="{{ .ID }}-item" identifierref="{{ .ID }}-sco" isvisible="true">
        <title>{{ x .Title }}</title>
        {{- if .Mastery }}
        <adlcp:masteryscore>{{ .MasteryPercent }}</adlcp:masteryscore>
        {{- end }}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="{{ .ID }}-sco" type="webcontent" adlcp:scormtype="sco" href="{{ x .Launch }}">
      {{- range .Files }}
      <file href="{{ x . }}"/>
      {{- end }}
    </resource>
  </resources>
</manifest>
{{ end }}`

const manifest2004 = `{{ define "scorm2004" }}<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{{ .ID }}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="{{ .ID }}-org">
    <organization identifier="{{ .ID }}-org">
      <title>{{ x .Title }}</title>
      <item identifier="{{ .ID }}-item" identifierref="{{ .ID }}-sco" isvisible="true">
        <title>{{ x .Title }}</title>
        <imsss:sequencing>
          <imsss:objectives>
            {{- if .Mastery }}
            <imsss:primaryObjective objectiveID="{{ .ID }}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>{{ .MasteryScaled }}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
            {{- else }}
            <imsss:primaryObjective objectiveID="{{ .ID }}-mastery" satisfiedByMeasure="false"/>
            {{- end }}
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="{{ .ID }}-sco" type="webcontent" adlcp:scormType="sco" href="{{ x .Launch }}">
      {{- range .Files }}
      <file href="{{ x . }}"/>
      {{- end }}
    </resource>
  </resources>
</manifest>
{{ end }}`
