package org.servicewindow.catalog;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who may call the catalog's endpoints: everyone reads the guides, bundles and the catalog API; the
 * operator, unit admins, inspectors and leaders read the item screens; the operator and unit admins write
 * guides; the operator keeps bundles; the operator, unit admins and hall managers give windows their items.
 * Writes name codes that do not exist, so walking the matrix changes nothing.
 */
public class CatalogEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final String ITEM = "/admin/catalog/items/NOSUCH";
  private static final Set<Who> READERS = only(Who.SYSADMIN, Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER);
  private static final Set<Who> EDITORS = only(Who.SYSADMIN, Who.UNIT_ADMIN);
  private static final Set<Who> OPERATOR = only(Who.SYSADMIN);
  private static final Set<Who> ASSIGNERS = only(Who.SYSADMIN, Who.UNIT_ADMIN, Who.HALL_MANAGER);

  @Override
  public List<Rule> rules() {
    return List.of(
        of(GET, "/guides", Who.EVERYONE),
        of(GET, "/guides/{code}", "/guides/XZSPJ-001", Who.EVERYONE),
        of(GET, "/guides/{code}/checklist", "/guides/XZSPJ-001/checklist", Who.EVERYONE),
        of(GET, "/guides/{code}/poster", "/guides/XZSPJ-001/poster", Who.EVERYONE),
        of(GET, "/guides/{code}/qr.png", "/guides/XZSPJ-001/qr.png", Who.EVERYONE),
        of(GET, "/guides/files/{id}", "/guides/files/" + ID, Who.EVERYONE),
        of(GET, "/bundles", Who.EVERYONE),
        of(GET, "/bundles/{code}", "/bundles/KBCYD", Who.EVERYONE),
        of(GET, "/bundles/{code}/checklist", "/bundles/KBCYD/checklist", Who.EVERYONE),
        of(GET, "/bundles/{code}/form", "/bundles/KBCYD/form", Who.EVERYONE),
        of(POST, "/bundles/{code}/form", "/bundles/custom/form", Who.EVERYONE),
        of(GET, "/bundles/{code}/qr.png", "/bundles/KBCYD/qr.png", Who.EVERYONE),
        of(GET, "/api/v1/services", Who.EVERYONE),
        of(GET, "/api/v1/services/{code}", "/api/v1/services/XZSPJ-001", Who.EVERYONE),
        of(GET, "/api/v1/bundles", Who.EVERYONE),
        of(GET, "/api/v1/bundles/{code}", "/api/v1/bundles/KBCYD", Who.EVERYONE),
        of(GET, "/api/v1/checklists", "/api/v1/checklists?items=XZSPJ-001", Who.EVERYONE),
        of(GET, "/admin/catalog/items", READERS),
        of(GET, "/admin/catalog/items/new", EDITORS),
        of(POST, "/admin/catalog/items", EDITORS),
        of(GET, "/admin/catalog/items/{code}", ITEM, READERS),
        of(GET, "/admin/catalog/items/{code}/versions/{version}", ITEM + "/versions/1", READERS),
        of(GET, "/admin/catalog/items/{code}/diff", ITEM + "/diff?from=1&to=2", READERS),
        of(GET, "/admin/catalog/items/{code}/files/{id}", ITEM + "/files/" + ID, READERS),
        of(GET, "/admin/catalog/items/{code}/draft", ITEM + "/draft", READERS),
        of(POST, "/admin/catalog/items/{code}/draft", ITEM + "/draft", EDITORS),
        of(POST, "/admin/catalog/items/{code}/drafts", ITEM + "/drafts", EDITORS),
        of(POST, "/admin/catalog/items/{code}/draft/submit", ITEM + "/draft/submit", EDITORS),
        of(POST, "/admin/catalog/items/{code}/draft/approve", ITEM + "/draft/approve", EDITORS),
        of(POST, "/admin/catalog/items/{code}/draft/return", ITEM + "/draft/return", EDITORS),
        of(POST, "/admin/catalog/items/{code}/draft/discard", ITEM + "/draft/discard", EDITORS),
        of(POST, "/admin/catalog/items/{code}/draft/files", ITEM + "/draft/files", EDITORS),
        of(POST, "/admin/catalog/items/{code}/draft/files/remove", ITEM + "/draft/files/remove", EDITORS),
        of(GET, "/admin/catalog/bundles", READERS),
        of(GET, "/admin/catalog/bundles/new", OPERATOR),
        of(POST, "/admin/catalog/bundles", OPERATOR),
        of(GET, "/admin/catalog/bundles/{code}", "/admin/catalog/bundles/KBCYD", READERS),
        of(POST, "/admin/catalog/bundles/{code}", "/admin/catalog/bundles/NOSUCH", OPERATOR),
        of(POST, "/admin/catalog/bundles/{code}/delete", "/admin/catalog/bundles/NOSUCH/delete", OPERATOR),
        of(GET, "/admin/catalog/windows", ASSIGNERS),
        of(GET, "/admin/catalog/windows/{code}", "/admin/catalog/windows/BJZWFW-01", ASSIGNERS),
        of(POST, "/admin/catalog/windows/{code}", "/admin/catalog/windows/NOSUCH-01", ASSIGNERS));
  }
}
