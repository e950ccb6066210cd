package pyexpat

// Handler slots: the index of each Python handler attribute, equal to the
// PX_* constant of shim.h that installs its trampoline.
const (
	hStartElement = iota
	hEndElement
	hProcessingInstruction
	hCharacterData
	hUnparsedEntityDecl
	hNotationDecl
	hStartNamespaceDecl
	hEndNamespaceDecl
	hComment
	hStartCdataSection
	hEndCdataSection
	hDefault
	hDefaultExpand
	hNotStandalone
	hExternalEntityRef
	hStartDoctypeDecl
	hEndDoctypeDecl
	hEntityDecl
	hXMLDecl
	hElementDecl
	hAttlistDecl
	hSkippedEntity
	nHandlers
)

// handlerNames are the Python attribute names of the slots.
var handlerNames = [nHandlers]string{
	"StartElementHandler",
	"EndElementHandler",
	"ProcessingInstructionHandler",
	"CharacterDataHandler",
	"UnparsedEntityDeclHandler",
	"NotationDeclHandler",
	"StartNamespaceDeclHandler",
	"EndNamespaceDeclHandler",
	"CommentHandler",
	"StartCdataSectionHandler",
	"EndCdataSectionHandler",
	"DefaultHandler",
	"DefaultHandlerExpand",
	"NotStandaloneHandler",
	"ExternalEntityRefHandler",
	"StartDoctypeDeclHandler",
	"EndDoctypeDeclHandler",
	"EntityDeclHandler",
	"XmlDeclHandler",
	"ElementDeclHandler",
	"AttlistDeclHandler",
	"SkippedEntityHandler",
}
