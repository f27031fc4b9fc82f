#include "store/document_record.h"

#include "base/files.h"

namespace statecraft {

DocumentRecord MakeDocumentRecord(const Document& document) {
  DocumentRecord record;
  record.id = document.id;
  record.date = document.date ? document.date->ToString() : "";
  record.title = document.title;
  record.url = document.url;
  record.source = document.source;
  record.origin = document.origin;
  record.text = document.text;
  record.text_sha256 = Sha256Hex(document.text);
  return record;
}

}  // namespace statecraft
