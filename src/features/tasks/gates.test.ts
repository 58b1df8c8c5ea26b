import { describe, expect, it } from "vitest";
import { DEFAULT_GROUP_PERMS, DEFAULT_NAV_CAPS } from "../../lib/capabilities";
import {
  archiveNameProblem,
  canCreateArchive,
  canDownloadTorrent,
  canExtractArchive,
  canRemoteDownload,
  defaultArchiveName,
  defaultDestination,
  isExtractableName,
  isZipName,
} from "./gates";

const { admin, user, anonymous } = DEFAULT_GROUP_PERMS;
const { my, share, trash, shared_with_me } = DEFAULT_NAV_CAPS;
const file = (name: string, capability?: string) => ({ name, type: 0, capability });
const folder = (name: string, capability?: string) => ({ name, type: 1, capability });

describe("canCreateArchive", () => {
  it("needs the group's archive task permission (bit 5)", () => {
    const files = [file("a.txt", my), folder("b", my)];
    expect(canCreateArchive({ groupPermission: admin, files })).toBe(true);
    expect(canCreateArchive({ groupPermission: user, files })).toBe(false);
    expect(canCreateArchive({ groupPermission: anonymous, files })).toBe(false);
    expect(canCreateArchive({ groupPermission: undefined, files })).toBe(false);
  });

  it("needs every item to be downloadable in its file system (capability 7)", () => {
    expect(canCreateArchive({ groupPermission: admin, files: [file("a", share), folder("b", share)] })).toBe(true);
    expect(canCreateArchive({ groupPermission: admin, files: [file("a", shared_with_me)] })).toBe(true);
    expect(canCreateArchive({ groupPermission: admin, files: [file("a", trash)] })).toBe(false);
    expect(canCreateArchive({ groupPermission: admin, files: [file("a", my), file("b", trash)] })).toBe(false);
  });

  it("reads the folder's capability for items without their own, and refuses an empty selection", () => {
    expect(canCreateArchive({ groupPermission: admin, files: [file("a")], folderCapability: my })).toBe(true);
    expect(canCreateArchive({ groupPermission: admin, files: [file("a")], folderCapability: trash })).toBe(false);
    expect(canCreateArchive({ groupPermission: admin, files: [file("a")] })).toBe(false);
    expect(canCreateArchive({ groupPermission: admin, files: [], folderCapability: my })).toBe(false);
  });
});

describe("canExtractArchive", () => {
  it("takes exactly one readable archive file, with bit 5", () => {
    expect(canExtractArchive({ groupPermission: admin, files: [file("photos.zip", my)] })).toBe(true);
    expect(canExtractArchive({ groupPermission: admin, files: [file("photos.ZIP", share)] })).toBe(true);
    expect(canExtractArchive({ groupPermission: user, files: [file("photos.zip", my)] })).toBe(false);
    expect(canExtractArchive({ groupPermission: admin, files: [file("photos.zip", trash)] })).toBe(false);
    expect(canExtractArchive({ groupPermission: admin, files: [file("a.zip", my), file("b.zip", my)] })).toBe(false);
    expect(canExtractArchive({ groupPermission: admin, files: [folder("x.zip", my)] })).toBe(false);
    expect(canExtractArchive({ groupPermission: admin, files: [file("notes.txt", my)] })).toBe(false);
  });

  it("knows the formats the server's archive library extracts", () => {
    for (const name of ["a.zip", "a.rar", "a.tar", "a.tar.gz", "a.tgz", "a.tar.bz2", "a.tbz2", "a.tar.xz", "a.txz", "a.tar.zst", "A.TAR.GZ"])
      expect(isExtractableName(name), name).toBe(true);
    for (const name of ["a.gz", "a.7z", "a.bz2", "a.xz", "zip", "a.zip.txt", "a.docx"]) expect(isExtractableName(name), name).toBe(false);
  });

  it("asks for an entry-name encoding only for zips", () => {
    expect(isZipName("Old.ZIP")).toBe(true);
    expect(isZipName("a.rar")).toBe(false);
  });
});

describe("remote downloads", () => {
  it("need group bit 9", () => {
    expect(canRemoteDownload(admin)).toBe(true);
    expect(canRemoteDownload(user)).toBe(false);
    expect(canRemoteDownload("")).toBe(false);
  });

  it("start from one readable .torrent file", () => {
    expect(canDownloadTorrent({ groupPermission: admin, files: [file("linux.torrent", my)] })).toBe(true);
    expect(canDownloadTorrent({ groupPermission: user, files: [file("linux.torrent", my)] })).toBe(false);
    expect(canDownloadTorrent({ groupPermission: admin, files: [file("linux.torrent", trash)] })).toBe(false);
    expect(canDownloadTorrent({ groupPermission: admin, files: [file("linux.iso", my)] })).toBe(false);
  });
});

describe("dialog defaults", () => {
  it("names the archive after a single item, else archive.zip", () => {
    expect(defaultArchiveName(["report.pdf"])).toBe("report.zip");
    expect(defaultArchiveName(["Photos"])).toBe("Photos.zip");
    expect(defaultArchiveName([".bashrc"])).toBe(".bashrc.zip");
    expect(defaultArchiveName(["a", "b"])).toBe("archive.zip");
    expect(defaultArchiveName([])).toBe("archive.zip");
  });

  it("offers the current folder when it is in My files, else My files", () => {
    expect(defaultDestination("cloudreve://my/Work/2024")).toBe("cloudreve://my/Work/2024");
    expect(defaultDestination("cloudreve://my/Work?name=x")).toBe("cloudreve://my/Work");
    expect(defaultDestination("cloudreve://abc:pw@share/folder")).toBe("cloudreve://my");
    expect(defaultDestination("cloudreve://shared_with_me")).toBe("cloudreve://my");
    expect(defaultDestination("cloudreve://u1@my/x")).toBe("cloudreve://my");
    expect(defaultDestination("not a uri")).toBe("cloudreve://my");
    expect(defaultDestination(undefined)).toBe("cloudreve://my");
  });

  it("checks the archive name as the server would", () => {
    expect(archiveNameProblem("a.zip")).toBeNull();
    expect(archiveNameProblem("  ")).toBe("required");
    expect(archiveNameProblem("..")).toBe("invalid");
    expect(archiveNameProblem("a/b.zip")).toBe("invalid");
    expect(archiveNameProblem("a:b.zip")).toBe("invalid");
    expect(archiveNameProblem("界".repeat(85))).toBeNull();
    expect(archiveNameProblem("界".repeat(86))).toBe("tooLong");
  });
});
